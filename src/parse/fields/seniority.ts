import type { Seniority } from '../../model/posting.ts';

/**
 * The level of a role, read from its title first. "Manager" counts only for people managers: a Product,
 * Program or Project Manager leads work, not people, so their level words decide instead.
 */

const NOT_PEOPLE_MANAGER =
  /\b(?:product|program|programme|project|account|accounts|community|partner|partnership|relationship|success|case|brand|release|delivery|office|facilities|content|campaign|category|territory|portfolio|technical program|product marketing)\s+manager\b/i;

const TITLE_LEVELS: [Seniority, RegExp][] = [
  [
    'intern',
    /\b(?:intern|internship|co-?op|working student|apprentice(?:ship)?|werkstudent(?:in)?|praktikant(?:in)?|stagiaire|alternant(?:e)?|trainee)\b/i,
  ],
  ['director', /\b(?:director|vp|vice president|head of|chief|cto|ceo|cfo|cpo)\b/i],
  ['manager', /\bmanager\b|\bmanaging\b|\bteam lead\b/i],
  ['principal', /\b(?:principal|distinguished|fellow)\b/i],
  ['staff', /\bstaff\b/i],
  ['senior', /\b(?:senior|sr\.?|snr)(?=\s|$|\W)|\bs[ée]nior\b|\bIII\b|\bIV\b|\blead\b/i],
  ['mid', /\b(?:mid(?:-| )?level|mid-senior|intermediate)\b/i],
  ['mid', /\bII\b/],
  ['junior', /\b(?:junior|jr\.?|entry(?:-| )level|graduate|new grad|associate)\b/i],
  ['junior', /\bI\b/],
];

export function seniorityFromTitle(title: string): Seniority | null {
  const peopleManagerFree = title.replace(NOT_PEOPLE_MANAGER, ' ');
  for (const [level, pattern] of TITLE_LEVELS) {
    if (pattern.test(level === 'manager' ? peopleManagerFree : title)) return level;
  }
  return null;
}

/**
 * LinkedIn's "Seniority level" values and the like on other boards: Glassdoor's "Entry level",
 * StepStone's "Berufseinsteiger" / "Berufserfahren", Welcome to the Jungle's "Stage" / "Confirmé".
 */
export function seniorityFromLabel(value: string): Seniority | null {
  const lower = value.toLowerCase();
  if (/intern|werkstudent|praktik|stagiaire|^stage$|alternance|apprentice/.test(lower)) return 'intern';
  if (/entry|junior|graduate|berufseinsteiger|einsteiger|débutant|debutant/.test(lower)) return 'junior';
  if (/führungskraft|fuhrungskraft|teamleitung/.test(lower)) return 'manager';
  if (/berufserfahren|experienced|professional|confirmé|confirme/.test(lower)) return 'mid';
  if (/mid-senior|senior/.test(lower)) return 'senior';
  if (/mid|intermediate|associate/.test(lower)) return 'mid';
  if (/director|executive|vp/.test(lower)) return 'director';
  if (/manager/.test(lower)) return 'manager';
  if (/principal/.test(lower)) return 'principal';
  if (/staff/.test(lower)) return 'staff';
  return null;
}
