import { corpusPageFiles, parseCorpusPages, readCorpusExpectations } from '../test/parse/corpus-pages.ts';
import {
  ASSERTED_FIELDS,
  accuracy,
  buildCorpusReport,
  type CorpusPage,
  FIELDS,
  type Field,
  formatCorpusReport,
  formatMisses,
  precision,
} from '../test/parse/corpus-report.ts';

/**
 * `npm run corpus` (or `npx tsx bench/corpus.ts [--verbose] [--field company]`): the parser's field-level
 * accuracy and precision over test/fixtures/corpus, per field and per board family. `--verbose` lists every
 * miss as `path  field  expected  got`; `--field` (repeatable) limits the tables and misses to those fields;
 * `--floors` prints today's figures, rounded down to the percent, in the shape of test/fixtures/corpus/floors.json.
 */

function usage(message: string): never {
  console.error(
    `${message}\nusage: npx tsx bench/corpus.ts [--verbose] [--floors] [--field ${FIELDS.join('|')}]`,
  );
  process.exit(2);
}

// Piped into `head` or `less`, the reader may close early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
let verbose = false;
let printFloors = false;
const fields: Field[] = [];
for (let index = 0; index < args.length; index += 1) {
  const arg = args[index];
  if (arg === '--verbose' || arg === '-v') verbose = true;
  else if (arg === '--floors') printFloors = true;
  else if (arg === '--field' || arg?.startsWith('--field=')) {
    const value = arg === '--field' ? args[++index] : arg.slice('--field='.length);
    if (!FIELDS.includes(value as Field)) usage(`unknown field: ${value ?? '(none)'}`);
    fields.push(value as Field);
  } else usage(`unknown argument: ${arg}`);
}

const expectations = readCorpusExpectations();
const files = corpusPageFiles();
const unexpected = files.filter((file) => !(file in expectations));
const missing = Object.keys(expectations).filter((file) => !files.includes(file));
if (unexpected.length > 0) console.warn(`pages with no expectation (skipped): ${unexpected.join(', ')}`);
if (missing.length > 0) console.warn(`expectations with no page (skipped): ${missing.join(', ')}`);

const started = performance.now();
const pages: CorpusPage[] = parseCorpusPages(files, expectations);
const elapsed = performance.now() - started;

const report = buildCorpusReport(pages);
const shown = fields.length > 0 ? fields : [...FIELDS];
console.log(formatCorpusReport(report, shown));
console.log(`parsed in ${elapsed.toFixed(0)} ms`);
if (verbose) {
  console.log('');
  console.log(formatMisses(report, fields.length > 0 ? shown : [...FIELDS, 'refusal']));
}
if (printFloors) {
  const floor = (fraction: number) => Math.floor(fraction * 100 + 1e-9) / 100;
  const figures = (measure: typeof accuracy) =>
    Object.fromEntries(ASSERTED_FIELDS.map((field) => [field, floor(measure(report.overall[field]))]));
  console.log('');
  console.log(
    JSON.stringify(
      {
        accuracy: figures(accuracy),
        precision: figures(precision),
        maxInventedSalaries: report.inventedSalaries.length,
        maxRefusedPostings: report.refusedPostings.length,
      },
      null,
      2,
    ),
  );
}
