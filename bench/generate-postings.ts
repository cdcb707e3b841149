/**
 * Realistic raw job-posting texts for benchmarks (parse, search at 1k/10k/100k postings, Slack load).
 * Deterministic for a seed so two runs measure the same work; no dependency, and quick enough that
 * generating 100,000 postings costs a few seconds, not the benchmark's budget.
 */

export interface GeneratedPostingText {
  /** Relative path, as the loader would give it; the extension picks the parser's format. */
  path: string;
  content: string;
}

/** mulberry32: tiny, fast and good enough to vary test data; not for anything secret. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A few distinct items, in random order (partial Fisher-Yates over a copy). */
function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const copy = [...items];
  const n = Math.min(count, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

/** Invented names: a start, an end and a kind make ~17,000 companies, none of them real. */
const NAME_STARTS =
  'North Copper Kestrel Bright Fern Harbor Lumen Orchard Palisade Quarry Salt Verdant Tide Maple Pelican Grey Summit Harrow Wattle Norr Sun Orchid Birch Cobalt Ember Falcon Granite Heron Indigo Juniper Lantern Meadow Nimbus Oak Pine Quill Raven Silver Thistle Umber Vale Willow Yarrow Zephyr'.split(
    ' ',
  );
const NAME_ENDS =
  'wind line stone loom hill view ridge field gate marsh well bank crest brook forge light path works point wood'.split(
    ' ',
  );
const NAME_KINDS =
  'Labs Systems Health Software Analytics Payments Games Energy Robotics Logistics Security Bank Insurance Retail Mobility Media AI Cloud Data Foods'.split(
    ' ',
  );

const DOMAINS = [
  { kind: 'payments', what: 'payments and invoicing software for small businesses', users: 'merchants' },
  { kind: 'health', what: 'care navigation tools for hospitals and clinics', users: 'patients' },
  { kind: 'logistics', what: 'routing and tracking software for delivery fleets', users: 'drivers' },
  {
    kind: 'energy',
    what: 'software that balances solar and battery power across apartment buildings',
    users: 'tenants',
  },
  { kind: 'retail', what: 'inventory and forecasting tools for grocery chains', users: 'store managers' },
  { kind: 'games', what: 'multiplayer mobile games', users: 'players' },
  { kind: 'security', what: 'fraud and account takeover detection', users: 'security teams' },
  { kind: 'education', what: 'a learning platform for vocational colleges', users: 'students' },
  { kind: 'travel', what: 'booking software for independent hotels', users: 'guests' },
  { kind: 'media', what: 'a podcast hosting and analytics platform', users: 'creators' },
  { kind: 'construction', what: 'project tracking software for construction sites', users: 'site managers' },
  { kind: 'insurance', what: 'a claims platform for home and car insurance', users: 'policyholders' },
] as const;

const LEVELS = [
  { word: '', years: [2, 5] },
  { word: '', years: [2, 5] },
  { word: 'Senior ', years: [5, 8] },
  { word: 'Senior ', years: [5, 8] },
  { word: 'Junior ', years: [0, 2] },
  { word: 'Staff ', years: [8, 12] },
  { word: 'Principal ', years: [10, 15] },
  { word: 'Lead ', years: [6, 10] },
] as const;

const ROLES = [
  { name: 'Software Engineer', skills: ['Go', 'Java', 'Python', 'PostgreSQL', 'Kubernetes', 'AWS'] },
  { name: 'Backend Engineer', skills: ['Go', 'Kotlin', 'PostgreSQL', 'Kafka', 'Redis', 'gRPC'] },
  { name: 'Frontend Engineer', skills: ['TypeScript', 'React', 'CSS', 'GraphQL', 'Playwright'] },
  { name: 'Full Stack Engineer', skills: ['TypeScript', 'React', 'Node.js', 'PostgreSQL', 'Docker'] },
  { name: 'Data Engineer', skills: ['Python', 'SQL', 'dbt', 'Snowflake', 'Airflow', 'Spark'] },
  { name: 'Data Scientist', skills: ['Python', 'SQL', 'pandas', 'scikit-learn', 'statistics'] },
  { name: 'Machine Learning Engineer', skills: ['Python', 'PyTorch', 'Kubernetes', 'MLflow', 'Spark'] },
  { name: 'Site Reliability Engineer', skills: ['Kubernetes', 'Terraform', 'Prometheus', 'Go', 'AWS'] },
  { name: 'DevOps Engineer', skills: ['Terraform', 'Docker', 'Kubernetes', 'GitLab CI', 'Azure'] },
  { name: 'Security Engineer', skills: ['AWS', 'Python', 'threat modelling', 'SIEM', 'Go'] },
  { name: 'iOS Engineer', skills: ['Swift', 'SwiftUI', 'UIKit', 'Xcode'] },
  { name: 'Android Engineer', skills: ['Kotlin', 'Jetpack Compose', 'Android SDK', 'Gradle'] },
  { name: 'QA Automation Engineer', skills: ['Playwright', 'Cypress', 'TypeScript', 'Selenium'] },
  { name: 'Data Analyst', skills: ['SQL', 'Excel', 'Power BI', 'Looker', 'Python'] },
  { name: 'Product Manager', skills: ['SQL', 'Amplitude', 'Jira', 'Figma'] },
  { name: 'Product Designer', skills: ['Figma', 'user research', 'prototyping', 'design systems'] },
  { name: 'Engineering Manager', skills: ['Go', 'Java', 'AWS', 'hiring', 'coaching'] },
  { name: 'Solutions Architect', skills: ['AWS', 'Azure', 'Terraform', 'Kubernetes', 'Python'] },
] as const;

const AREAS = [
  'Payments',
  'Platform',
  'Growth',
  'Search',
  'Infrastructure',
  'Identity',
  'Billing',
  'Analytics',
  'Mobile',
  'Developer Experience',
  'Data Platform',
  'Risk',
  'Checkout',
  'Onboarding',
  'Notifications',
] as const;

type Money = 'USD' | 'GBP' | 'EUR' | 'CAD' | 'INR' | 'SGD' | 'AUD' | 'SEK' | 'PLN';

const PLACES: readonly { line: string; money: Money; yearly: number }[] = [
  { line: 'San Francisco, CA', money: 'USD', yearly: 190_000 },
  { line: 'New York, NY', money: 'USD', yearly: 180_000 },
  { line: 'Seattle, WA', money: 'USD', yearly: 175_000 },
  { line: 'Austin, TX', money: 'USD', yearly: 150_000 },
  { line: 'Chicago, IL', money: 'USD', yearly: 145_000 },
  { line: 'Boston, MA', money: 'USD', yearly: 160_000 },
  { line: 'Denver, CO', money: 'USD', yearly: 145_000 },
  { line: 'Atlanta, GA', money: 'USD', yearly: 135_000 },
  { line: 'Remote (US)', money: 'USD', yearly: 150_000 },
  { line: 'Remote - US', money: 'USD', yearly: 150_000 },
  { line: 'Toronto, ON', money: 'CAD', yearly: 140_000 },
  { line: 'Vancouver, BC', money: 'CAD', yearly: 135_000 },
  { line: 'London, UK', money: 'GBP', yearly: 80_000 },
  { line: 'Manchester, United Kingdom', money: 'GBP', yearly: 60_000 },
  { line: 'Edinburgh, Scotland', money: 'GBP', yearly: 60_000 },
  { line: 'Remote (UK)', money: 'GBP', yearly: 65_000 },
  { line: 'Berlin, Germany', money: 'EUR', yearly: 75_000 },
  { line: 'Munich, Germany', money: 'EUR', yearly: 80_000 },
  { line: 'Amsterdam, Netherlands', money: 'EUR', yearly: 75_000 },
  { line: 'Paris, France', money: 'EUR', yearly: 65_000 },
  { line: 'Dublin, Ireland', money: 'EUR', yearly: 85_000 },
  { line: 'Lisbon, Portugal', money: 'EUR', yearly: 55_000 },
  { line: 'Madrid, Spain', money: 'EUR', yearly: 55_000 },
  { line: 'Remote - EMEA', money: 'EUR', yearly: 70_000 },
  { line: 'Remote (Europe)', money: 'EUR', yearly: 70_000 },
  { line: 'Stockholm, Sweden', money: 'SEK', yearly: 720_000 },
  { line: 'Warsaw, Poland', money: 'PLN', yearly: 300_000 },
  { line: 'Bengaluru, Karnataka, India', money: 'INR', yearly: 3_000_000 },
  { line: 'Singapore', money: 'SGD', yearly: 110_000 },
  { line: 'Sydney, NSW, Australia', money: 'AUD', yearly: 160_000 },
  { line: 'Melbourne, VIC', money: 'AUD', yearly: 150_000 },
];

const GROUPING = new Intl.NumberFormat('en-US');

/** Rounded to a figure a company would print. */
function roundPay(value: number): number {
  const step = value >= 1_000_000 ? 100_000 : value >= 100_000 ? 5_000 : value >= 1_000 ? 1_000 : 1;
  return Math.round(value / step) * step;
}

function indianGrouping(value: number): string {
  const digits = String(value);
  const last3 = digits.slice(-3);
  const rest = digits.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',');
  return rest ? `${rest},${last3}` : last3;
}

/** Pay in the shapes real postings print it: ranges, "k", per annum, monthly, hourly, day rates. */
function salaryLine(random: Random, money: Money, yearly: number, levelFactor: number): string {
  const low = roundPay(yearly * levelFactor * (0.85 + random() * 0.1));
  const high = roundPay(low * (1.12 + random() * 0.15));
  const style = random();
  switch (money) {
    case 'USD':
      if (style < 0.15) return `$${between(random, 45, 90)} - $${between(random, 95, 140)}/hr`;
      if (style < 0.45) return `$${low / 1000}k - $${high / 1000}k`;
      return `$${GROUPING.format(low)} - $${GROUPING.format(high)} per year`;
    case 'GBP':
      if (style < 0.15) return `£${between(random, 45, 65) * 10} per day (Outside IR35)`;
      return `£${GROUPING.format(low)} - £${GROUPING.format(high)} per annum${style < 0.6 ? ' DOE' : ''}`;
    case 'EUR':
      if (style < 0.4)
        return `${GROUPING.format(low).replace(/,/g, '.')} € – ${GROUPING.format(high).replace(/,/g, '.')} € brutto pro Jahr`;
      return `€${GROUPING.format(low)} – €${GROUPING.format(high)} gross per year`;
    case 'CAD':
      return `CA$${GROUPING.format(low)} - CA$${GROUPING.format(high)} CAD per year`;
    case 'INR':
      return style < 0.5
        ? `₹${indianGrouping(low)} - ₹${indianGrouping(high)} per annum`
        : `${Math.round(low / 100_000)}-${Math.round(high / 100_000)} LPA`;
    case 'SGD':
      return `S$${GROUPING.format(roundPay(low / 13))} to S$${GROUPING.format(roundPay(high / 13))} Monthly`;
    case 'AUD':
      return `A$${GROUPING.format(low)} - A$${GROUPING.format(high)} + super`;
    case 'SEK':
      return `${GROUPING.format(roundPay(low / 12)).replace(/,/g, ' ')} - ${GROUPING.format(roundPay(high / 12)).replace(/,/g, ' ')} SEK per month`;
    case 'PLN':
      return `${GROUPING.format(roundPay(low / 12)).replace(/,/g, ' ')} - ${GROUPING.format(roundPay(high / 12)).replace(/,/g, ' ')} PLN brutto / month`;
  }
}

const VERBS = [
  'Design and build',
  'Own',
  'Improve',
  'Scale',
  'Maintain and evolve',
  'Lead the design of',
  'Ship',
  'Help us rebuild',
  'Measure and improve',
  'Simplify',
  'Automate',
  'Document and test',
  'Modernise',
  'Take end-to-end ownership of',
  'Work with product and design on',
] as const;
const OBJECTS = [
  'the services that process every {unit} we handle',
  'our event pipeline and the consumers built on it',
  'the public API our partners integrate with',
  'internal tools used by our support and operations teams',
  'the data models behind our reporting',
  'our deployment pipeline and release process',
  'the onboarding flow new {users} see on their first day',
  'our search and recommendation features',
  'the billing and subscription system',
  'monitoring, alerting and on-call runbooks',
  'the mobile apps our {users} rely on',
  'the permissions and audit logging system',
  'our integration with third-party {kind} providers',
  'the experimentation platform used across the company',
  'the design system shared by every product team',
  'batch jobs that we want to move to streaming',
  'the infrastructure that runs in three cloud regions',
  'dashboards that show {users} what changed and why',
] as const;
const PURPOSES = [
  'so that {users} get answers in seconds',
  'with a strong focus on reliability',
  'while keeping costs under control',
  'in close collaboration with our customers',
  'and make it easier for other teams to build on',
  'as we grow from one country to five',
  'without slowing down the teams that depend on it',
  'with clear metrics for success',
  '',
  '',
] as const;

const QUALIFICATION_TEMPLATES = [
  '{years}+ years of professional experience in a similar role',
  'Strong experience with {skill} in production',
  'Hands-on experience with {skill} and {skill2}',
  'Working knowledge of {skill}, or a wish to learn it quickly',
  'A track record of shipping work that customers use',
  'Clear written communication; we write design documents before we build',
  'Comfort with ambiguity and with changing priorities',
  'Experience mentoring others through code review and pairing',
  'An interest in {kind}; experience in the industry is a plus, not a requirement',
  'Experience working with cross-functional partners in product, design and operations',
  'A habit of measuring before optimising',
  'Experience with testing at every level, from unit tests to end-to-end tests',
  'Good knowledge of relational databases and SQL',
  'Experience running systems on a major cloud provider',
  'Curiosity, humility and a sense of humour',
] as const;

const BENEFITS = [
  'Medical, dental and vision insurance from your first day',
  'A yearly learning budget for books, courses and conferences',
  '25 days of paid holiday plus public holidays',
  'Flexible working hours',
  'Sixteen weeks of paid parental leave',
  'A home office setup allowance',
  'Equity in a growing company',
  'A pension plan with an employer contribution',
  'Two company offsites a year',
  'A wellbeing allowance for gym, therapy or anything that keeps you well',
  'Commuter benefits and bike-to-work scheme',
  'A 401(k) plan with a company match',
  'Private health insurance for you and your family',
  'Paid volunteering days',
] as const;

const ABOUT_TEMPLATES = [
  '{company} builds {what}. More than {count} {users} use our product every day, and we are growing quickly.',
  'We are a team of {size} people, and we care about doing careful work and being kind to each other.',
  'Our customers range from small independent businesses to some of the largest companies in the industry.',
  'We are profitable, and we recently raised a Series {round} to grow our product and engineering teams.',
  'We believe the best software comes from small teams who talk to their users every week.',
  'Everything we build is measured against one question: does it make life easier for our {users}?',
  'Our engineering team works in small squads, each owning a part of the product end to end.',
  'We ship to production many times a day, and we invest in the tooling that makes that safe.',
  'Most of our work starts with a short written proposal that anyone in the company can comment on.',
  'We keep meetings few and short, and we protect long blocks of focused time.',
  'Our founders were {users} themselves, which is why the product feels the way it does.',
  'Last year we doubled revenue while keeping our team small and our on-call quiet.',
  'We are backed by investors who care about long-term, sustainable growth.',
] as const;

const TEAM_PARAGRAPHS = [
  'The team you will join is {size2} people: engineers, a product manager and a designer. You will share on-call one week in {oncall}, and we review every incident without blame.',
  'You will report to an engineering manager who has done this job before, and you will have a buddy for your first months. We plan in six-week cycles and leave time between them to fix what bothers us.',
  'We care about inclusion and accessibility, in our product and in how we hire. If you need adjustments during the process, tell us and we will make them.',
  'Our stack is boring on purpose where it can be, so that we can spend our energy on the problems that are unique to {kind}.',
] as const;

const HIRING_PROCESS = [
  'Our process has four steps: a call with our recruiter, a technical conversation, a practical exercise of about two hours, and a final conversation with the team. We aim to finish within three weeks.',
  'We read every application ourselves. If we move forward, you will meet the hiring manager, work through a realistic problem with two engineers, and talk about values with someone from another team.',
  'There is no take-home test. Instead we pair on a problem similar to the work you would do here, using your own tools.',
] as const;

const NOISE_HEADERS = [
  'Skip to main content\nJobs\nSign in\nJoin now\n',
  'Find jobs\nCompany reviews\nFind salaries\nSign in\n',
  'Back to jobs\n',
  'Back to all openings\n',
  '',
  '',
] as const;

const NOISE_FOOTERS = [
  'Apply for this Job\n* Required\nFirst Name*\nLast Name*\nEmail*\nResume/CV*\nVoluntary Self-Identification\nSubmit Application\nPowered by Greenhouse',
  'Apply for this job\nJobs powered by Lever',
  'Report job\nHiring Insights\nPosted {days} days ago\n© 2026 Indeed',
  'Similar jobs\n{otherTitle} - {otherCompany} - {otherPlace} - {otherPay}\n{otherTitle2} - {otherCompany2} - {otherPlace2}',
  'People also viewed\n{otherTitle}\n{otherCompany} · {otherPlace} · {otherPay}\nShow more jobs like this',
  'Share this job\nPrivacy Policy · Cookie Policy · Terms',
  '',
] as const;

/** Templates split once into literal text and {placeholders}: filling them is most of the generator's work. */
const compiledTemplates = new Map<string, string[]>();

/** Odd indexes of the split hold placeholder names. */
function fill(template: string, values: Record<string, string>): string {
  let parts = compiledTemplates.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiledTemplates.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    out += (values[key] ?? `{${key}}`) + parts[i + 1]!;
  }
  return out;
}

function companyName(random: Random): string {
  return `${pick(random, NAME_STARTS)}${pick(random, NAME_ENDS)} ${pick(random, NAME_KINDS)}`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function generateOne(random: Random, index: number): GeneratedPostingText {
  const company = companyName(random);
  const domain = pick(random, DOMAINS);
  const level = pick(random, LEVELS);
  const role = pick(random, ROLES);
  const teamName = pick(random, AREAS);
  const area = random() < 0.5 ? `, ${teamName}` : '';
  const title = `${level.word}${role.name}${area}`;
  const place = pick(random, PLACES);
  const workplace = place.line.startsWith('Remote')
    ? 'Remote'
    : pick(random, ['Hybrid', 'On-site', 'Hybrid']);
  const commitment = random() < 0.88 ? 'Full-time' : pick(random, ['Contract', 'Part-time', 'Internship']);
  const levelFactor =
    level.word === 'Junior ' ? 0.65 : level.word === '' ? 0.85 : level.word === 'Senior ' ? 1 : 1.25;
  const pay = random() < 0.7 ? salaryLine(random, place.money, place.yearly, levelFactor) : null;
  const years = String(between(random, level.years[0], level.years[1]));
  const values: Record<string, string> = {
    company,
    what: domain.what,
    users: domain.users,
    kind: domain.kind,
    unit: pick(random, ['order', 'payment', 'shipment', 'request', 'booking', 'event']),
    count: GROUPING.format(between(random, 2, 900) * 1000),
    size: String(between(random, 12, 900)),
    size2: String(between(random, 4, 11)),
    oncall: String(between(random, 4, 10)),
    round: pick(random, ['A', 'B', 'C', 'D']),
    years,
    days: String(between(random, 1, 29)),
    otherTitle: `${pick(random, LEVELS).word}${pick(random, ROLES).name}`,
    otherTitle2: `${pick(random, LEVELS).word}${pick(random, ROLES).name}`,
    otherCompany: companyName(random),
    otherCompany2: companyName(random),
    otherPlace: pick(random, PLACES).line,
    otherPlace2: pick(random, PLACES).line,
    otherPay: `$${between(random, 90, 250)}K/yr`,
  };

  const about = [ABOUT_TEMPLATES[0], ...sample(random, ABOUT_TEMPLATES.slice(1), between(random, 3, 7))]
    .map((sentence) => fill(sentence, values))
    .join(' ');
  const roleParagraph =
    `We are looking for a ${title} to join our ${teamName} team. ` +
    `You will work closely with ${pick(random, ['product managers', 'designers', 'data scientists', 'other engineers'])} ` +
    `and ${pick(random, ['our customers', 'the operations team', 'engineering leadership', 'support'])}, ` +
    `and you will have real ownership from the first week.` +
    (workplace === 'Hybrid'
      ? ` This is a hybrid role with ${pick(random, ['two', 'three'])} days a week in our ${place.line.split(',')[0]} office.`
      : workplace === 'Remote'
        ? ' This role is fully remote.'
        : ` This role is based in our ${place.line.split(',')[0]} office.`);

  const duties = Array.from({ length: between(random, 6, 11) }, () =>
    `- ${pick(random, VERBS)} ${fill(pick(random, OBJECTS), values)} ${fill(pick(random, PURPOSES), values)}`.trimEnd(),
  );
  const skills = sample(random, role.skills, 3);
  values.skill = skills[0]!;
  values.skill2 = skills[1]!;
  const qualifications = sample(random, QUALIFICATION_TEMPLATES, between(random, 6, 10)).map(
    (template) => `- ${fill(template, values)}`,
  );
  const benefits = sample(random, BENEFITS, between(random, 3, 6)).map((benefit) => `- ${benefit}`);

  const header = [
    pick(random, NOISE_HEADERS),
    title,
    `${company} · ${place.line} · ${workplace} · ${commitment}`,
    pay ?? '',
  ]
    .filter((line) => line !== '')
    .join('\n');
  const body = [
    `About ${company}\n${about}`,
    `The role\n${roleParagraph}`,
    random() < 0.7 ? `The team\n${fill(pick(random, TEAM_PARAGRAPHS), values)}` : '',
    `What you'll do\n${duties.join('\n')}`,
    `What we're looking for\n${qualifications.join('\n')}`,
    `Skills: ${skills.join(', ')}`,
    `What we offer\n${benefits.join('\n')}${pay && random() < 0.5 ? `\n- Salary: ${pay}` : ''}`,
    random() < 0.6 ? `How we hire\n${pick(random, HIRING_PROCESS)}` : '',
    `${company} is an equal opportunity employer.`,
    fill(pick(random, NOISE_FOOTERS), values),
  ]
    .filter((part) => part !== '')
    .join('\n\n');

  const markdown = random() < 0.2;
  const content = markdown
    ? `# ${title}\n\n**${company}** · ${place.line}\n\n*${workplace} · ${commitment}${pay ? ` · ${pay}` : ''}*\n\n${body.replace(/^(About|The role|The team|How we hire|What)(.*)$/gm, '## $1$2')}\n`
    : `${header}\n\n${body}\n`;
  const number = String(index).padStart(6, '0');
  return { path: `generated/${number}-${slug(`${company} ${title}`)}.${markdown ? 'md' : 'txt'}`, content };
}

/** One posting at a time, for callers that stream thousands into a parser without holding them all. */
export function* iteratePostingTexts(count: number, seed: number): Generator<GeneratedPostingText> {
  const random = seededRandom(seed);
  for (let index = 0; index < count; index++) yield generateOne(random, index);
}

export function generatePostingTexts(count: number, seed: number): GeneratedPostingText[] {
  return Array.from(iteratePostingTexts(count, seed));
}
