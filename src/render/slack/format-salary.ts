/**
 * Slack's pay text is the pay subsystem's (`src/pay/format-pay.ts`): one formatter for every surface, so
 * a card, an answer and the terminal all say "$45 an hour". Kept under these names for its importers.
 */
export {
  formatMoney,
  formatPay as formatSalary,
  type PayFigures as SalaryFigures,
} from '../../pay/format-pay.ts';
