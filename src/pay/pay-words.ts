import { CURRENCY_CODE_WORDS } from './pay-period.ts';

/**
 * The words around an amount that say whether it is pay, and which pay: base salary, on-target earnings
 * (base plus commission) or a total package. Word lists are data; the judgements are small functions over
 * the few words nearest the amount.
 */

const WORD = /401\(k\)|[\p{L}0-9][\p{L}0-9'’-]*|[+&,;|]/gu;

/** Lower-case words and joining marks of a short window of text. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Words that say an amount is pay. */
export const PAY_WORDS: ReadonlySet<string> = new Set([
  'salary',
  'salaries',
  'compensation',
  'comp',
  'remuneration',
  'base',
  'basic',
  'range',
  'ranges',
  'band',
  'bands',
  'ote',
  'ctc',
  'package',
  'pay',
  'paid',
  'pays',
  'wage',
  'wages',
  'rate',
  'rates',
  'earn',
  'earning',
  'earnings',
  'income',
  'tc',
  'gehalt',
  'jahresgehalt',
  'bruttojahresgehalt',
  'bruttogehalt',
  'monatsgehalt',
  'bruttomonatsgehalt',
  'stundenlohn',
  'lohn',
  'lohnband',
  'lohnspanne',
  'gehaltsband',
  'gehaltsspanne',
  'gehaltsrahmen',
  'salär',
  'lön',
  'lønn',
  'løn',
  'månadslön',
  'palkka',
  'jahreslohn',
  'monatslohn',
  'vergütung',
  'salaire',
  'rémunération',
  'gaji',
  'upah',
  'sueldo',
  'salario',
  'salário',
  'salaris',
  'maandsalaris',
  'jaarsalaris',
  'stipendio',
  'retribuzione',
  'ral',
]);

export const NOT_PAY_WORDS: ReadonlySet<string> = new Set([
  'raised',
  'raising',
  'funding',
  'funded',
  'series',
  'seed',
  'round',
  'investment',
  'investors',
  'backed',
  'revenue',
  'revenues',
  'turnover',
  'arr',
  'mrr',
  'gmv',
  'valuation',
  'valued',
  'worth',
  'stipend',
  'stipends',
  'allowance',
  'allowances',
  'budget',
  'budgets',
  'reimbursement',
  'reimbursed',
  'credit',
  'credits',
  'bonus',
  'bonuses',
  'commission',
  'commissions',
  'sign-on',
  'signing',
  'relocation',
  'equity',
  'stock',
  'shares',
  'rsu',
  'rsus',
  'options',
  '401(k)',
  '401k',
  'match',
  'matching',
  'contribution',
  'contributions',
  'packaging',
  'sacrifice',
  'donate',
  'donates',
  'donated',
  'donation',
  'donations',
  'grant',
  'customers',
  'users',
  'clients',
  'transactions',
  'payments',
  'sales',
  'assets',
  'aum',
  'profit',
  'fund',
  'capital',
  'prize',
  'award',
  'fee',
  'fees',
  'price',
  'cost',
  'costs',
  'perk',
  'perks',
  'gift',
  'voucher',
  'membership',
  'insurance',
  'tuition',
  'education',
  'learning',
  'wellness',
  'conference',
  'referral',
  'product',
  'products',
  'license',
  'licenses',
  'subscription',
  'subscriptions',
  'contracts',
  'deals',
  'quota',
  'pipeline',
  'savings',
  'spend',
  // Market figures beside a posting ("$48K - $67K /yr (Glassdoor est.)", "the average salary is …").
  'glassdoor',
  'average',
  'estimated',
  // What customers pay ("an ACV of $50-80k", "deal sizes of $20k-$100k").
  'acv',
  'tcv',
  'ltv',
  'deal',
  // Pay on top of the base rate ("night differential of $5.75/hour", "overtime at $45/hour").
  'differential',
  'differentials',
  'premium',
  'premiums',
  'loading',
  'overtime',
  'save',
  'saves',
  'saving',
]);

/** After an amount these begin something else it is added to ("… plus equity"). */
const ADDITIVE_WORDS: ReadonlySet<string> = new Set([
  'plus',
  'and',
  'with',
  'or',
  'addition',
  '+',
  '&',
  ',',
  ';',
  '|',
]);

/** Period words right after an amount say nothing about what it is ("$1,000 yearly … stipend"). */
const PERIOD_WORDS: ReadonlySet<string> = new Set([
  'per',
  'a',
  'an',
  'year',
  'annum',
  'month',
  'week',
  'day',
  'hour',
  'yearly',
  'annual',
  'annually',
  'monthly',
  'weekly',
  'daily',
  'hourly',
]);

/** Words that say how an amount is counted, not what it is ("€1,350 gross/month"). */
const NEUTRAL_WORDS: ReadonlySet<string> = new Set([
  'gross',
  'brutto',
  'brut',
  'bruto',
  'lordo',
  'net',
  'netto',
  'before',
  'tax',
]);

/** "$50M Series B", "$1,000 learning stipend", "$20k sign-on bonus": the noun right after says what it is. */
export function notPayAfter(afterWords: readonly string[]): boolean {
  // A joining word only starts something else when it comes first ("$150k plus equity", not "office and
  // wellness stipend").
  // "+" and "plus" always start something else ("€1,350 gross/month + monthly performance bonus").
  const described = afterWords.slice(0, 6).filter((w) => !PERIOD_WORDS.has(w) && !NEUTRAL_WORDS.has(w));
  for (const [index, w] of described.entries()) {
    if (PAY_WORDS.has(w) || (index === 0 && ADDITIVE_WORDS.has(w))) return false;
    if (w === '+' || w === 'plus') return false;
    if (NOT_PAY_WORDS.has(w)) return true;
  }
  return false;
}

/** Market figures shown beside a posting: never its pay, whatever else the line says. */
const MARKET_WORDS: ReadonlySet<string> = new Set(['glassdoor', 'estimated', 'average', 'median']);

export function marketFigure(afterWords: readonly string[]): boolean {
  return afterWords.slice(0, 6).some((w) => MARKET_WORDS.has(w));
}

/** "raised $50M", "a sign-on bonus of $20k", "salary packaging to $15,900": a money word nearer than any pay word. */
export function notPayBefore(beforeWords: readonly string[]): boolean {
  for (let i = beforeWords.length - 1; i >= 0; i--) {
    const w = beforeWords[i]!;
    if (PAY_WORDS.has(w)) return false;
    if (NOT_PAY_WORDS.has(w)) return true;
  }
  return false;
}

/** A pay word right before the amount ("Salary: 45000", "Pay rate 27.10"), nothing but two words between. */
export function payLabelJustBefore(beforeWords: readonly string[]): boolean {
  for (let i = beforeWords.length - 1; i >= Math.max(0, beforeWords.length - 4); i--) {
    const w = beforeWords[i]!;
    if (PAY_WORDS.has(w) && !PAY_VERBS.has(w)) return true;
    if (!LABEL_CONNECTORS.has(w)) return false;
  }
  return false;
}

/** "pays for over 40,000 shipments": a verb says money moves, not that the figure after it is a wage. */
const PAY_VERBS: ReadonlySet<string> = new Set(['paid', 'pays', 'earn', 'earning']);
/** What may stand between a pay label and its figure: "Salary range is", "Pay rate from", "Salary: up to". */
const LABEL_CONNECTORS: ReadonlySet<string> = new Set([
  'range',
  'rate',
  'band',
  'is',
  'of',
  'from',
  'up',
  'to',
  'between',
  'starting',
  'at',
  'expected',
  'annual',
  'hourly',
  'monthly',
  'gross',
  'brutto',
  'bruto',
  'brut',
  'base',
  'basic',
  'package',
  'approx',
  'circa',
  'ab',
  'de',
  'à',
]);

/** Right after a figure with no currency: nothing, or only words a pay line has ("+ super", "DOE", "per year"). */
export function plainPayAfter(afterWords: readonly string[]): boolean {
  const first = afterWords[0];
  return (
    first === undefined ||
    STANDALONE_WORDS.has(first) ||
    PERIOD_WORDS.has(first) ||
    PAY_CUES_AFTER.has(first) ||
    ADDITIVE_WORDS.has(first)
  );
}

/** A pay word near the amount: before it in its clause, or leading the words after it. */
export function payWordNear(beforeWords: readonly string[], afterWords: readonly string[]): boolean {
  if (beforeWords.some((w) => PAY_WORDS.has(w))) return true;
  for (const w of afterWords.slice(0, 5)) {
    if (ADDITIVE_WORDS.has(w)) break;
    if (PAY_WORDS.has(w) || PAY_CUES_AFTER.has(w)) return true;
  }
  return false;
}

/** Right after an amount these say it is pay ("€70-95k depending on experience", "£45k DOE"). */
const PAY_CUES_AFTER: ReadonlySet<string> = new Set([
  'doe',
  'depending',
  'dependent',
  'negotiable',
  'neg',
  'gross',
  'brutto',
  'brut',
  'bruto',
  'ote',
]);

/** After a number with no currency these say it counts something else ("5-7 years", "20 engineers"). */
const UNIT_NOUNS: ReadonlySet<string> = new Set([
  'years',
  'yrs',
  'year',
  'hours',
  'hrs',
  'days',
  'weeks',
  'months',
  'people',
  'employees',
  'staff',
  'engineers',
  'members',
  'users',
  'customers',
  'countries',
  'offices',
  'locations',
  'percent',
  'x',
  'am',
  'sq',
]);

export function countsSomethingElse(afterWords: readonly string[]): boolean {
  const first = afterWords[0];
  return first !== undefined && UNIT_NOUNS.has(first);
}

/**
 * Which pay an amount is. Base pay (stated as such, or plain) is what a posting's salary means; on-target
 * earnings add commission and a total package adds super, bonus or benefits, so they are kept only when a
 * posting states nothing else.
 */
export type PayKind = 'base' | 'ote' | 'total';

export function payKind(beforeWords: readonly string[], afterWords: readonly string[]): PayKind {
  for (const w of afterWords.slice(0, 3)) {
    if (ADDITIVE_WORDS.has(w)) break;
    const kind = kindWord(w, null);
    if (kind !== null) return kind;
  }
  for (let i = beforeWords.length - 1; i >= Math.max(0, beforeWords.length - 8); i--) {
    const kind = kindWord(beforeWords[i]!, beforeWords[i - 1] ?? null);
    if (kind !== null) return kind;
  }
  return 'base';
}

function kindWord(w: string, previous: string | null): PayKind | null {
  if (w === 'base' || w === 'basic') return 'base';
  if (w === 'ote' || w === 'uncapped' || w === 'otc' || w === 'on-target') return 'ote';
  if (w === 'target' && previous === 'on') return 'ote';
  // In Australia and the UK a "package" is base plus super or benefits: a total beside a stated base.
  // TRP and TFR: total remuneration package, total fixed remuneration.
  if (w === 'total' || w === 'tc' || w === 'package' || w === 'trp' || w === 'tfr') return 'total';
  return null;
}

/** What may share a line with a bare range and still leave the line about pay ("$150k-$190k + equity"). */
const STANDALONE_WORDS: ReadonlySet<string> = new Set([
  'up',
  'to',
  'upto',
  'from',
  'starting',
  'circa',
  'c',
  'approx',
  'around',
  '+',
  '&',
  ',',
  '|',
  'plus',
  'and',
  'super',
  'superannuation',
  'equity',
  'bonus',
  'bonuses',
  'benefits',
  'commission',
  'shares',
  'options',
  'stock',
  'rsus',
  'doe',
  'dependent',
  'depending',
  'on',
  'experience',
  'neg',
  'negotiable',
  'base',
  'package',
  'gross',
  'brutto',
  'inc',
  'incl',
  'including',
  'inclusive',
  'of',
  'ote',
  'car',
  'allowance',
  'offers',
  'employer',
  'est',
  'estimate',
  'estimated',
  'glassdoor',
  'salary',
  'pay',
  'comp',
  'compensation',
  'total',
  'range',
  'gst',
  'vat',
  'ir35',
  'outside',
  'inside',
  'penalty',
  'penalties',
  'rates',
  'loading',
  'overtime',
  'packaging',
  'sacrifice',
  'trp',
  'tfr',
  'lti',
  'sti',
  'kiwisaver',
  'vehicle',
  ...CURRENCY_CODE_WORDS,
]);

export function onlyPayWords(lineWords: readonly string[]): boolean {
  for (const w of lineWords) {
    // Whatever is added after a "+" is an extra on top of the pay ("+ super + EOFY bonus").
    if (w === '+' || w === 'plus' || w === '&') return true;
    if (!STANDALONE_WORDS.has(w) && !PERIOD_WORDS.has(w)) return false;
  }
  return true;
}
