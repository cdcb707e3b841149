/**
 * A small gazetteer, kept as data: the cities tech jobs are posted in, countries, US states, Canadian
 * provinces, a few other first-level regions, and the wide regions postings use ("North America", "EMEA").
 * Search resolves query words with it ("jobs in nyc"); the parser resolves location phrases.
 */

export interface Place {
  kind: 'city' | 'region' | 'country';
  /** The canonical English name: `New York`, `Munich`, `United Kingdom`, `North America`. */
  name: string;
  /**
   * The region a Location would carry: a city's state or province (`NY`, `ON`, `England`), a state's own
   * code (`CA`), or a wide region's name (`North America`).
   */
  region: string | null;
  /** ISO 3166-1 alpha-2; null for wide regions. */
  country: string | null;
  aliases: string[];
}

// name | region | country | aliases (comma-separated)
const CITIES = `
New York|NY|US|nyc,new york city,nyc metro,manhattan,brooklyn,new york metro
San Francisco|CA|US|sf,san fran,san francisco bay area,bay area,sf bay area,sfba
Los Angeles|CA|US|la,l.a.,greater los angeles
Seattle|WA|US|greater seattle
Austin|TX|US|
Boston|MA|US|greater boston
Chicago|IL|US|
Denver|CO|US|
Washington|DC|US|dc,d.c.,washington dc,washington d.c.
Atlanta|GA|US|
Dallas|TX|US|dallas-fort worth,dfw
Houston|TX|US|
San Antonio|TX|US|
Plano|TX|US|
San Jose|CA|US|
Palo Alto|CA|US|
Mountain View|CA|US|
Menlo Park|CA|US|
Sunnyvale|CA|US|
Santa Clara|CA|US|
Cupertino|CA|US|
Redwood City|CA|US|
San Mateo|CA|US|
Oakland|CA|US|
Berkeley|CA|US|
San Diego|CA|US|
Irvine|CA|US|
Santa Monica|CA|US|
Sacramento|CA|US|
Portland|OR|US|
Phoenix|AZ|US|
Scottsdale|AZ|US|
Salt Lake City|UT|US|slc
Lehi|UT|US|
Las Vegas|NV|US|
Miami|FL|US|
Tampa|FL|US|
Orlando|FL|US|
Raleigh|NC|US|research triangle
Durham|NC|US|
Charlotte|NC|US|
Nashville|TN|US|
Minneapolis|MN|US|
Detroit|MI|US|
Ann Arbor|MI|US|
Pittsburgh|PA|US|
Philadelphia|PA|US|philly
Baltimore|MD|US|
Columbus|OH|US|
Cleveland|OH|US|
Cincinnati|OH|US|
Indianapolis|IN|US|
St. Louis|MO|US|saint louis,st louis
Kansas City|MO|US|
Madison|WI|US|
Milwaukee|WI|US|
Boulder|CO|US|
Honolulu|HI|US|
New Orleans|LA|US|
Richmond|VA|US|
Arlington|VA|US|
Reston|VA|US|
McLean|VA|US|
Jersey City|NJ|US|
Hoboken|NJ|US|
Princeton|NJ|US|
Stamford|CT|US|
Providence|RI|US|
Omaha|NE|US|
Boise|ID|US|
Bellevue|WA|US|
Redmond|WA|US|
Kirkland|WA|US|
Toronto|ON|CA|gta,greater toronto area
Vancouver|BC|CA|
Montreal|QC|CA|montréal
Ottawa|ON|CA|
Calgary|AB|CA|
Edmonton|AB|CA|
Waterloo|ON|CA|kitchener-waterloo
Kitchener|ON|CA|
Mississauga|ON|CA|
Halifax|NS|CA|
Quebec City|QC|CA|québec city,ville de québec
Winnipeg|MB|CA|
Victoria|BC|CA|
London|England|GB|greater london,city of london
Manchester|England|GB|
Cambridge|England|GB|
Oxford|England|GB|
Bristol|England|GB|
Leeds|England|GB|
Birmingham|England|GB|
Brighton|England|GB|
Newcastle|England|GB|newcastle upon tyne
Liverpool|England|GB|
Sheffield|England|GB|
Nottingham|England|GB|
Milton Keynes|England|GB|
Reading|England|GB|
Edinburgh|Scotland|GB|
Glasgow|Scotland|GB|
Belfast|Northern Ireland|GB|
Cardiff|Wales|GB|
Dublin||IE|
Cork||IE|
Galway||IE|
Limerick||IE|
Berlin|Berlin|DE|
Munich|Bavaria|DE|münchen,muenchen
Hamburg|Hamburg|DE|
Frankfurt|Hesse|DE|frankfurt am main
Cologne|North Rhine-Westphalia|DE|köln,koeln
Düsseldorf|North Rhine-Westphalia|DE|dusseldorf,duesseldorf
Stuttgart|Baden-Württemberg|DE|
Leipzig|Saxony|DE|
Dresden|Saxony|DE|
Karlsruhe|Baden-Württemberg|DE|
Nuremberg|Bavaria|DE|nürnberg,nuernberg
Paris|Île-de-France|FR|
Lyon|Auvergne-Rhône-Alpes|FR|
Toulouse|Occitanie|FR|
Grenoble|Auvergne-Rhône-Alpes|FR|
Bordeaux|Nouvelle-Aquitaine|FR|
Lille|Hauts-de-France|FR|
Nantes|Pays de la Loire|FR|
Marseille|Provence-Alpes-Côte d'Azur|FR|
Amsterdam|North Holland|NL|
Rotterdam|South Holland|NL|
The Hague|South Holland|NL|den haag,hague
Utrecht|Utrecht|NL|
Eindhoven|North Brabant|NL|
Delft|South Holland|NL|
Brussels||BE|bruxelles,brussel
Antwerp||BE|antwerpen
Ghent||BE|gent
Luxembourg||LU|luxembourg city
Zurich||CH|zürich,zuerich
Geneva||CH|genève,geneve,genf
Basel||CH|
Lausanne||CH|
Bern||CH|berne
Zug||CH|
Vienna||AT|wien
Stockholm||SE|
Gothenburg||SE|göteborg,goteborg
Malmö||SE|malmo
Copenhagen||DK|københavn,kobenhavn
Aarhus||DK|århus
Oslo||NO|
Bergen||NO|
Trondheim||NO|
Helsinki||FI|
Espoo||FI|
Tampere||FI|
Reykjavik||IS|reykjavík
Madrid||ES|
Barcelona||ES|
Valencia||ES|
Seville||ES|sevilla
Málaga||ES|malaga
Bilbao||ES|
Lisbon||PT|lisboa
Porto||PT|oporto
Braga||PT|
Milan||IT|milano
Rome||IT|roma
Turin||IT|torino
Bologna||IT|
Warsaw||PL|warszawa
Kraków||PL|krakow,cracow
Wrocław||PL|wroclaw
Gdańsk||PL|gdansk
Poznań||PL|poznan
Łódź||PL|lodz
Prague||CZ|praha
Brno||CZ|
Budapest||HU|
Bucharest||RO|bucurești,bucuresti
Cluj-Napoca||RO|cluj
Sofia||BG|
Athens||GR|
Tallinn||EE|
Riga||LV|
Vilnius||LT|
Kyiv||UA|kiev
Lviv||UA|
Belgrade||RS|beograd
Zagreb||HR|
Istanbul||TR|
Tel Aviv||IL|tel aviv-yafo,tel-aviv
Jerusalem||IL|
Haifa||IL|
Herzliya||IL|
Dubai||AE|
Abu Dhabi||AE|
Riyadh||SA|
Cairo||EG|
Lagos||NG|
Nairobi||KE|
Cape Town||ZA|
Johannesburg||ZA|
Bengaluru|Karnataka|IN|bangalore
Hyderabad|Telangana|IN|
Pune|Maharashtra|IN|
Mumbai|Maharashtra|IN|bombay
Chennai|Tamil Nadu|IN|madras
Delhi|Delhi|IN|new delhi,delhi ncr,ncr
Gurugram|Haryana|IN|gurgaon
Noida|Uttar Pradesh|IN|
Kolkata|West Bengal|IN|calcutta
Ahmedabad|Gujarat|IN|
Kochi|Kerala|IN|cochin
Jaipur|Rajasthan|IN|
Singapore||SG|
Hong Kong||HK|
Tokyo||JP|
Osaka||JP|
Kyoto||JP|
Fukuoka||JP|
Seoul||KR|
Beijing||CN|
Shanghai||CN|
Shenzhen||CN|
Hangzhou||CN|
Taipei||TW|
Kuala Lumpur||MY|kl
Jakarta||ID|
Bangkok||TH|
Manila||PH|metro manila
Ho Chi Minh City||VN|saigon,hcmc
Hanoi||VN|
Sydney|NSW|AU|
Melbourne|VIC|AU|
Brisbane|QLD|AU|
Perth|WA|AU|
Adelaide|SA|AU|
Canberra|ACT|AU|
Auckland||NZ|
Wellington||NZ|
Christchurch||NZ|
São Paulo|SP|BR|sao paulo
Rio de Janeiro|RJ|BR|rio
Belo Horizonte|MG|BR|
Florianópolis|SC|BR|florianopolis
Curitiba|PR|BR|
Porto Alegre|RS|BR|
Recife|PE|BR|
Mexico City|CDMX|MX|ciudad de mexico,ciudad de méxico,cdmx
Guadalajara|Jalisco|MX|
Monterrey|Nuevo León|MX|
Buenos Aires||AR|
Santiago||CL|
Bogotá||CO|bogota
Medellín||CO|medellin
Lima||PE|
Montevideo||UY|
`;

// code | name | country | aliases
const STATES = `
AL|Alabama|US|
AK|Alaska|US|
AZ|Arizona|US|
AR|Arkansas|US|
CA|California|US|calif
CO|Colorado|US|
CT|Connecticut|US|
DE|Delaware|US|
DC|District of Columbia|US|
FL|Florida|US|
GA|Georgia|US|
HI|Hawaii|US|
ID|Idaho|US|
IL|Illinois|US|
IN|Indiana|US|
IA|Iowa|US|
KS|Kansas|US|
KY|Kentucky|US|
LA|Louisiana|US|
ME|Maine|US|
MD|Maryland|US|
MA|Massachusetts|US|
MI|Michigan|US|
MN|Minnesota|US|
MS|Mississippi|US|
MO|Missouri|US|
MT|Montana|US|
NE|Nebraska|US|
NV|Nevada|US|
NH|New Hampshire|US|
NJ|New Jersey|US|
NM|New Mexico|US|
NY|New York|US|new york state,nys
NC|North Carolina|US|
ND|North Dakota|US|
OH|Ohio|US|
OK|Oklahoma|US|
OR|Oregon|US|
PA|Pennsylvania|US|
RI|Rhode Island|US|
SC|South Carolina|US|
SD|South Dakota|US|
TN|Tennessee|US|
TX|Texas|US|
UT|Utah|US|
VT|Vermont|US|
VA|Virginia|US|
WA|Washington|US|washington state
WV|West Virginia|US|
WI|Wisconsin|US|
WY|Wyoming|US|
AB|Alberta|CA|
BC|British Columbia|CA|
MB|Manitoba|CA|
NB|New Brunswick|CA|
NL|Newfoundland and Labrador|CA|newfoundland
NS|Nova Scotia|CA|
NT|Northwest Territories|CA|
NU|Nunavut|CA|
ON|Ontario|CA|
PE|Prince Edward Island|CA|
QC|Quebec|CA|québec
SK|Saskatchewan|CA|
YT|Yukon|CA|
Scotland|Scotland|GB|
Wales|Wales|GB|
Northern Ireland|Northern Ireland|GB|
Karnataka|Karnataka|IN|
Maharashtra|Maharashtra|IN|
Telangana|Telangana|IN|
Tamil Nadu|Tamil Nadu|IN|
Haryana|Haryana|IN|
Uttar Pradesh|Uttar Pradesh|IN|
West Bengal|West Bengal|IN|
Gujarat|Gujarat|IN|
Kerala|Kerala|IN|
NSW|New South Wales|AU|
VIC|Victoria|AU|
QLD|Queensland|AU|
Bavaria|Bavaria|DE|bayern
Hesse|Hesse|DE|hessen
North Rhine-Westphalia|North Rhine-Westphalia|DE|nrw,nordrhein-westfalen
Baden-Württemberg|Baden-Württemberg|DE|baden-wurttemberg
Île-de-France|Île-de-France|FR|ile de france
`;

// code | name | aliases
const COUNTRIES = `
US|United States|us,u.s.,usa,u.s.a.,united states of america,america,the united states,the us,the usa
GB|United Kingdom|uk,u.k.,great britain,britain,england,the uk,the united kingdom,gb
CA|Canada|
IE|Ireland|republic of ireland,éire
DE|Germany|deutschland
FR|France|
NL|Netherlands|the netherlands,holland,nederland
BE|Belgium|
LU|Luxembourg|
CH|Switzerland|schweiz,suisse
AT|Austria|österreich
SE|Sweden|sverige
NO|Norway|norge
DK|Denmark|danmark
FI|Finland|suomi
IS|Iceland|
ES|Spain|españa,espana
PT|Portugal|
IT|Italy|italia
PL|Poland|polska
CZ|Czechia|czech republic
SK|Slovakia|
HU|Hungary|
RO|Romania|
BG|Bulgaria|
GR|Greece|
EE|Estonia|
LV|Latvia|
LT|Lithuania|
UA|Ukraine|
RS|Serbia|
HR|Croatia|
SI|Slovenia|
TR|Turkey|türkiye,turkiye
CY|Cyprus|
MT|Malta|
IL|Israel|
AE|United Arab Emirates|uae,u.a.e.
SA|Saudi Arabia|ksa
QA|Qatar|
EG|Egypt|
MA|Morocco|
NG|Nigeria|
KE|Kenya|
ZA|South Africa|
IN|India|
PK|Pakistan|
BD|Bangladesh|
LK|Sri Lanka|
SG|Singapore|
HK|Hong Kong|hong kong sar
JP|Japan|
KR|South Korea|korea,republic of korea
CN|China|prc,mainland china
TW|Taiwan|
MY|Malaysia|
ID|Indonesia|
TH|Thailand|
PH|Philippines|the philippines
VN|Vietnam|viet nam
AU|Australia|
NZ|New Zealand|aotearoa
BR|Brazil|brasil
MX|Mexico|méxico
AR|Argentina|
CL|Chile|
CO|Colombia|
PE|Peru|
UY|Uruguay|
CR|Costa Rica|
`;

// name | aliases
const WIDE_REGIONS = `
North America|na,n. america,northern america
Latin America|latam,lat am,south and central america
South America|
Central America|
Americas|the americas
EMEA|europe middle east and africa,europe the middle east and africa
APAC|asia pacific,asia-pacific,apj,asia pacific and japan
Europe|european union,eu,the eu
Asia|
Africa|
Middle East|mena,middle east and north africa
Oceania|anz,australia and new zealand
DACH|
Nordics|nordic countries,scandinavia
Benelux|
Central and Eastern Europe|cee,eastern europe
`;

function rows(table: string): string[][] {
  return table
    .trim()
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()));
}

function list(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a.length > 0);
}

const PLACES: Place[] = [
  ...rows(CITIES).map(
    ([name, region, country, aliases]): Place => ({
      kind: 'city',
      name: name!,
      region: region || null,
      country: country!,
      aliases: list(aliases),
    }),
  ),
  ...rows(STATES).map(
    ([code, name, country, aliases]): Place => ({
      kind: 'region',
      name: name!,
      region: code!,
      country: country!,
      aliases: [...new Set([code!, name!, ...list(aliases)])].filter((a) => a !== name),
    }),
  ),
  ...rows(COUNTRIES).map(
    ([code, name, aliases]): Place => ({
      kind: 'country',
      name: name!,
      region: null,
      country: code!,
      aliases: list(aliases),
    }),
  ),
  ...rows(WIDE_REGIONS).map(
    ([name, aliases]): Place => ({
      kind: 'region',
      name: name!,
      region: name!,
      country: null,
      aliases: list(aliases),
    }),
  ),
];

/** Lower case, no accents, no dots, single spaces: `Zürich` → `zurich`, `U.K.` → `uk`, `St. Louis` → `st louis`. */
export function normalisePlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/đ/g, 'd')
    .replace(/\./g, '')
    .replace(/[-‐–_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Names that are also everyday words or two-letter codes. In prose they count only when written as a
 * name ("LA", "Reading"); a query may use them freely.
 */
const COMMON_WORDS = new Set([
  'in',
  'or',
  'me',
  'de',
  'us',
  'hi',
  'ok',
  'oh',
  'on',
  'la',
  'id',
  'al',
  'co',
  'ma',
  'pa',
]);

// Callers share these objects; freezing them keeps one caller's edit from changing another's answers.
for (const place of PLACES) {
  Object.freeze(place.aliases);
  Object.freeze(place);
}

/**
 * Places by every normalised name and alias. Earlier entries win a shared name: the city New York over the
 * state, Cambridge (England) over Cambridge, MA.
 */
function indexByName(places: readonly Place[]): ReadonlyMap<string, Place> {
  const index = new Map<string, Place>();
  for (const place of places) {
    for (const key of [place.name, ...place.aliases].map(normalisePlaceName)) {
      if (!index.has(key)) index.set(key, place);
    }
  }
  return index;
}

const INDEX = indexByName(PLACES);

/** Looks a place name up (case- and accent-insensitive, aliases accepted); null when unknown. */
export function lookupPlace(name: string): Place | null {
  return INDEX.get(normalisePlaceName(name)) ?? null;
}

/**
 * Looks up a name as written in running text: common words and short codes count only in capitals
 * ("US" but not "us", "LA" but not "la"), and every other name must start with a capital.
 */
export function lookupPlaceInProse(written: string): Place | null {
  const trimmed = written.trim();
  const first = trimmed[0];
  if (first === undefined || first === first.toLowerCase()) return null;
  const key = normalisePlaceName(trimmed);
  const place = INDEX.get(key) ?? null;
  if (place === null) return null;
  // Codes ("US", "NYC") are written in capitals; a short real name ("Rio", "Zug") only needs its capital.
  const isCode = key.length <= 2 || (key.length === 3 && normalisePlaceName(place.name) !== key);
  if ((COMMON_WORDS.has(key) || isCode) && trimmed !== trimmed.toUpperCase()) return null;
  return place;
}

const REGION_INDEX = indexByName(PLACES.filter((place) => place.kind === 'region' && place.country !== null));

/** A state, province or nation of a country by its code or name, for "Portland, OR" and "Buffalo, New York". */
export function lookupRegionOfCountry(name: string): Place | null {
  return REGION_INDEX.get(normalisePlaceName(name)) ?? null;
}

/** Every place, for tests and for anyone who needs to list them. */
export function allPlaces(): readonly Place[] {
  return PLACES;
}
