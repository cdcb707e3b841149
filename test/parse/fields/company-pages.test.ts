import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../src/parse/clean/normalise-text.ts';
import { readPostingText } from '../../../src/parse/read-posting-text.ts';

/**
 * The company as real boards print it, page by page. Each page was written from how the board looks
 * (LinkedIn 2023 and 2024, Indeed, Glassdoor, SEEK, JobStreet, Reed, Hacker News) before the parser ran on it.
 */

const SAVED = new Date('2026-11-20T12:00:00Z');
const read = (text: string) => readPostingText(normaliseText(text), { modifiedAt: SAVED });

describe('the company on real board layouts', () => {
  it('LinkedIn 2023: the top card "Company · Place (Remote) 2 weeks ago · 6 applicants"', () => {
    const page = read(`Senior Backend Engineer
Harrowgate Analytics · New York, NY (Remote) 2 weeks ago · 6 applicants
Full-time · Mid-Senior level

About the job
We build forecasting tools for regional grocers. You will own the ingestion service and its APIs.`);
    expect(page.company).toBe('Harrowgate Analytics');
    expect(page.title).toBe('Senior Backend Engineer');
  });

  it('LinkedIn 2024: one fact a line, the company above the title', () => {
    const page = read(`Pinecrest Dental Group
Dental Hygienist
Derby, England, United Kingdom · 3 days ago · Over 100 people clicked apply
On-site
Full-time
Easy Apply
Save

About the job
We are a family-run practice with three surgeries. You will see patients four days a week.`);
    expect(page.company).toBe('Pinecrest Dental Group');
    expect(page.title).toBe('Dental Hygienist');
  });

  it('Indeed: the "What / Where" search box is never the company', () => {
    const page = read(`What
Job title, keywords, or company
Where
City, state, zip code, or "remote"
Find jobs

Line Cook
The Copper Kettle Bistro
Asheville, NC 28801
$17 - $20 an hour - Full-time

Full job description
The Copper Kettle Bistro is a neighbourhood restaurant. You will prep and cook on the line for dinner service.`);
    expect(page.company).toBe('The Copper Kettle Bistro');
    expect(page.title).toBe('Line Cook');
  });

  it('SEEK: neither the category row nor the footer headings are the company', () => {
    const page = read(`Chef de Partie
Wattle & Salt Dining
Fremantle, Perth WA
Chefs/Cooks (Hospitality & Tourism)
Full time
$70,000 – $75,000 per year

Wattle & Salt Dining is an award-winning restaurant on the harbour. You will run the larder section five nights a week.

Articles
Company reviews
Career advice`);
    expect(page.company).toBe('Wattle & Salt Dining');
  });

  it('SEEK: a category row alone gives no company', () => {
    const page = read(`Registered Nurse
Software (Information & Communication Technology)
Full time

You will care for patients on a busy surgical ward and support junior colleagues.`);
    expect(page.company).toBeNull();
  });

  it('JobStreet: an all-caps legal name is the company, kept as written', () => {
    const page = read(`Account Executive
MAJU BERSAMA LOGISTIK SDN. BHD.
Shah Alam, Selangor
Sales Representatives & Consultants (Sales)
Full time

You will look after key accounts in the Klang Valley and grow our freight business.`);
    expect(page.company).toBe('MAJU BERSAMA LOGISTIK SDN. BHD.');
  });

  it('keeps "Acme Industries, LP" whole and never answers "LP"', () => {
    const page = read(`Maintenance Technician
Redbud Industries, LP
Tulsa, OK

You will keep our extrusion lines running on the night shift.`);
    expect(page.company).toBe('Redbud Industries, LP');
  });

  it('Reed: an agency ad for "our client" has no company', () => {
    const page = read(`Warehouse Operative
Posted 2 days ago by Hays Recruitment
Doncaster, South Yorkshire
Temporary, full-time

Our client, a leading national retailer, is looking for warehouse operatives to join its Doncaster depot. Hays is acting as an employment agency.`);
    expect(page.company).toBeNull();
    expect(page.title).toBe('Warehouse Operative');
  });

  it('Glassdoor: the logo alt text backs the name beside it', () => {
    const page = read(`Northfield Systems logo
Northfield Systems
Senior Data Analyst
Leeds
£45,000 - £55,000 a year (Employer provided)
Easy Apply

Job description
You will build the reporting that our hospital customers rely on every morning.`);
    expect(page.company).toBe('Northfield Systems');
  });

  it('a common word on the company line ("Care") is not a company', () => {
    const page = read(`Care Assistant
Care
Hexham, Northumberland

We are looking for a kind care assistant to provide personal care to older people in their own homes.`);
    expect(page.company).toBeNull();
    expect(page.title).toBe('Care Assistant');
  });

  it('a pager link and an apply button beside the title are not the company', () => {
    const page = read(`< Previous Job
Next Job >
Warehouse Supervisor
Apply now

You will lead a team of twelve pickers across two shifts.`);
    expect(page.company).toBeNull();
  });

  it('reads the company from a title suffix', () => {
    expect(read('Senior Engineer at Brightwater Labs\n\nYou will design our APIs.').company).toBe(
      'Brightwater Labs',
    );
    expect(read('Senior Engineer | Brightwater Labs\n\nYou will design our APIs.').company).toBe(
      'Brightwater Labs',
    );
  });

  it('a dash suffix alone is too weak; backed by the prose it is the company', () => {
    expect(read('Senior Engineer - Payments\n\nYou will design our APIs.').company).toBeNull();
    expect(
      read(
        'Senior Engineer - Brightwater Labs\n\nAt Brightwater Labs we make sensors. Brightwater Labs is growing fast.',
      ).company,
    ).toBe('Brightwater Labs');
  });

  it('an e-mail domain alone is not enough; a name in the prose and the domain together are', () => {
    expect(read('Senior Engineer\n\nYou will build things. Write to jobs@quillbyte.io.').company).toBeNull();
    expect(
      read(
        'Senior Engineer\n\nAt Quillbyte we build compilers, and Quillbyte is hiring. Write to jobs@quillbyte.io.',
      ).company,
    ).toBe('Quillbyte');
  });
});

describe('the company in Hacker News comments', () => {
  it('"Company (YC W21) | Place | …" names the company without its batch', () => {
    const page = read(`Quillbyte (YC W21) | Remote (US/EU) | Full-time | https://quillbyte.io

We are looking for two polyglot programmers to work on our compiler toolchain. We write Rust, OCaml and a little Go.`);
    expect(page.company).toBe('Quillbyte');
    expect(page.title).toBe('Polyglot Programmers');
  });
});

describe('the company from footers, careers-site menus and statements only the employer makes', () => {
  it('a careers site: the name above its own menu, backed by the prose', () => {
    const page = read(`Gallatin Peak Outfitters
Shop
Men
Women
Camp
Find a store
Cart (0)

Customer Experience Associate
Bozeman, MT

Gallatin Peak Outfitters has sold climbing and camping gear in Bozeman since 1994. You will help customers by phone, chat and e-mail.`);
    expect(page.company).toBe('Gallatin Peak Outfitters');
    expect(page.text).not.toContain('Cart (0)');
  });

  it('a board above its menu is never the company ("StepStone", with a German search form and cookie banner)', () => {
    const page = read(`StepStone
Jobs
Unternehmen
Gehalt
Karriereberatung
Anmelden

Was: Jobtitel, Kompetenz oder Firmenname
Wo: Ort oder 5-stellige PLZ
Jobs finden

Wir verwenden Cookies, um dir die bestmögliche Nutzung unserer Website zu ermöglichen.
Alle akzeptieren

Backend-Entwickler Java (m/w/d)
Kestrelwerk Logistik GmbH
Bielefeld
Festanstellung
Vollzeit

Kestrelwerk Logistik GmbH entwickelt Software für Speditionen in Ostwestfalen.`);
    expect(page.title).toBe('Backend-Entwickler Java (m/w/d)');
    expect(page.company).toBe('Kestrelwerk Logistik GmbH');
  });

  it('"X is an equal opportunity employer" names the employer on an ATS page with no company line', () => {
    const page = read(`Patient Care Technician - Emergency Department
locations
Durham, NC

The Patient Care Technician provides direct care to emergency department patients.

Bull City Medical Center is an equal opportunity employer.`);
    expect(page.company).toBe('Bull City Medical Center');
  });

  it("the hiring system's copyright is never the company", () => {
    const page = read(`Financial Systems Analyst

You will configure our finance systems.

© 2026 Workday, Inc. All rights reserved.`);
    expect(page.company).toBeNull();
  });

  it('Hacker News: "Name, Place (onsite)" and "Name (Place, ONSITE)" name the company without the place', () => {
    expect(
      read(
        'Orchard Lane Software, Madison WI (onsite)\n\nWe make payroll software. We are looking for a mid-level software developer. Write to jobs@orchardlanesoftware.com.',
      ).company,
    ).toBe('Orchard Lane Software');
    expect(
      read(
        'Saltmarsh Instruments (Gothenburg, Sweden, ONSITE)\n\nWe build data loggers. We are looking for two embedded developers. Write to careers@saltmarsh-instruments.se.',
      ).company,
    ).toBe('Saltmarsh Instruments');
  });

  it('Hacker News: "X is hiring …" and "X: hiring a …" name the company and the role', () => {
    expect(
      read(
        'Kelpie Networks is hiring Python and Go developers. REMOTE (Europe) or in Lisbon.\n\nWe run the routing layer for regional internet providers.',
      ),
    ).toMatchObject({ company: 'Kelpie Networks', title: 'Python and Go Developers' });
    expect(
      read(
        'Pellmark: hiring a Senior Data Engineer (remote, EU time zones, full-time)\n\nWe do carbon accounting.',
      ),
    ).toMatchObject({ company: 'Pellmark', title: 'Senior Data Engineer' });
  });

  it('a "Co-operative" is a company, not a title', () => {
    const page = read(`Accounts Payable Officer
Waikato Grain Growers Co-operative
Hamilton Central, Waikato

Waikato Grain Growers is a farmer-owned co-operative supplying feed and grain storage.`);
    expect(page.title).toBe('Accounts Payable Officer');
    expect(page.company).toBe('Waikato Grain Growers Co-operative');
  });
});

describe('a company printed once, where the page introduces it', () => {
  it('Workday: the description opens on the employer, under a bare "Careers" site name', () => {
    const page = read(`Skip to main content
Careers
Search for Jobs
Candidate Home
Sign In

Maintenance Technician III - 2nd Shift
Apply

locations
Greenville, SC
time type
Full time
job requisition id
JR-22871

Tessaro Automotive Systems supplies seating and interior trim to automakers in the Southeast. Our plant is hiring maintenance technicians.

What You'll Do
Troubleshoot and repair PLC-controlled production equipment`);
    expect(page.company).toBe('Tessaro Automotive Systems');
  });

  it('Workday: the employer\'s paragraph closes the description, a "plc" kept with its name', () => {
    const page = read(`Careers
Search for Jobs

Research Software Engineer
Apply

locations
Durham, England

About the role
Join our Innovation team in Durham. You will turn grid research code into tools our control engineers use every day.

Wearside Energy Networks plc operates the electricity distribution network across the North East of England.`);
    expect(page.company).toBe('Wearside Energy Networks plc');
  });

  it('proposes no company from a sentence that opens on a number, a pronoun in another language or a label', () => {
    for (const opening of [
      'Two founders (ex-Stripe) building AI tools for hospital revenue teams, looking for a first engineer.',
      'Wir sind eine mittelständische Steuerberatungskanzlei mit 25 Mitarbeitenden in der Innenstadt.',
      'Expected hours: 20 - 28 per week and every other weekend on the line.',
    ]) {
      expect(read(`Line Cook\n\n${opening}\n\nYou will prep and cook on the line.`).company).toBeNull();
    }
  });

  it('an agency that says it "is acting as an employment business" is not the employer', () => {
    const page = read(`Locum Pharmacy Technician

Pennine Pharmacy Recruitment is looking for a locum pharmacy technician for a busy community pharmacy in Ilkley.

Pennine Pharmacy Recruitment is acting as an Employment Business in relation to this vacancy.`);
    expect(page.company).toBeNull();
  });

  it('Hacker News: "We (Drystone, a small software shop …)" and the e-mail domain name the company', () => {
    const page =
      read(`We (Drystone, a small software shop in Kendal in the Lake District) need a developer who is happy working across a Rails app and a couple of React Native apps.

Drop me a line: tom@drystone.software`);
    expect(page.company).toBe('Drystone');
  });

  it('Hacker News: a terse lower-case row leads with the company', () => {
    const page =
      read(`brackwater | sre / platform | seattle or remote (us) | full-time | $160-190k | brackwater.dev/jobs

we run hosted postgres for ~3k small saas companies. looking for someone who has been paged for a database at 3am.`);
    expect(page.company).toBe('brackwater');
  });

  it('Hacker News: a lower-case first part that is a place or a workplace is not a company', () => {
    const page = read(`remote | senior backend engineer | full-time | $150-180k

we run billing for small clinics. looking for someone who enjoys boring, reliable systems.`);
    expect(page.company).toBeNull();
  });
});

describe('an opening or closing sentence about the job, not the employer', () => {
  it('proposes no company from "Hours are …", "Closing Date is …" or "Interviews will …"', () => {
    for (const sentence of [
      'Hours are 9am to 5pm, Monday to Friday, with one late shift a week.',
      'Closing Date is 12 March 2026 and interviews follow the week after.',
      'Interviews will be held in person at our depot during the week of 16 March.',
    ]) {
      const page = read(
        `Warehouse Operative\n\n${sentence}\n\nYou will pick and pack orders.\n\n${sentence}`,
      );
      expect(page.company, sentence).toBeNull();
    }
  });
});
