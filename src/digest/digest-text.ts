import type { Posting } from '../model/posting.ts';
import { payLineText } from './build-digest-message.ts';
import {
  closedLine,
  type DigestModel,
  footerLine,
  olderLine,
  roleDetails,
  roleTitle,
} from './digest-model.ts';

/**
 * A digest as plain text, line for line what the Block Kit message shows (same model, same cut): the
 * terminal preview of `roles digest --dry-run`. Buttons are shown in brackets.
 */
export function digestText(model: DigestModel, postings: readonly Posting[]): string {
  const lines: string[] = [`New roles · ${model.week}`];
  const scope =
    model.queries.length === 0 ? '' : ` matching ${model.queries.map((q) => `“${q}”`).join(' or ')}`;
  if (model.total === 0) {
    lines.push(`No new roles this week${scope}.`);
  } else {
    const count = model.total === 1 ? '1 new role' : `${model.total} new roles`;
    const total = new Set(postings.map((p) => p.company?.replace(/\s+/g, ' ').trim() || 'Company not stated'))
      .size;
    lines.push(`${count} at ${total} ${total === 1 ? 'company' : 'companies'}${scope}.`);
    lines.push(payLineText(postings));
    for (const group of model.groups) {
      lines.push('');
      lines.push(
        `${group.company} · ${group.roles.length} new ${group.roles.length === 1 ? 'role' : 'roles'}`,
      );
      for (const role of group.shown) {
        lines.push(`  ${roleTitle(role)}  [Details]`);
        lines.push(`    ${roleDetails(role)}`);
      }
      if (group.more.length > 0)
        lines.push(`  +${group.more.length} more at ${group.company}  [Show ${group.more.length} more]`);
    }
    if (model.omitted > 0) lines.push('', `and ${model.omitted} more: /roles new`);
  }
  const older = olderLine(model);
  const closed = closedLine(model);
  const footer = footerLine(model);
  if (older !== null || closed !== null || footer !== null) lines.push('');
  if (older !== null) lines.push(older);
  if (closed !== null) lines.push(closed);
  if (footer !== null) {
    lines.push(footer.replace(/`/g, ''));
    if (model.unsubscribable) lines.push('[Unsubscribe]');
  }
  return `${lines.join('\n')}\n`;
}
