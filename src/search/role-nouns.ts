/**
 * Words that name an occupation, singular and lower case, as data. A query word of this list names the role
 * itself, so it must be in the title: "data scientist" does not find an ML engineer whose text mentions data
 * scientists as colleagues. These are also real words, so typo correction never turns one into another
 * ("zookeeper" is not a misspelt "bookkeeper").
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  `accountant actor actuary adjuster administrator advisor adviser advocate agent aide analyst anesthetist animator
  announcer apprentice architect archivist artist assessor assistant associate attendant attorney auditor author
  baker banker barber barista bartender biologist bookkeeper brewer bricklayer broker builder butcher buyer
  captain carer caretaker carpenter cashier caseworker chef chemist clerk clinician coach coder collector
  columnist commissioner concierge conductor consultant contractor controller coordinator copywriter counsellor
  counselor courier curator dentist deputy designer detective developer dietitian director dispatcher doctor
  drafter draughtsman driver economist editor educator electrician embryologist engineer estimator evangelist
  examiner executive facilitator farmer firefighter fitter forecaster forester gardener geologist groomer guard
  guide hairdresser handler head herder historian host hygienist illustrator inspector installer instructor
  intern interpreter investigator janitor jeweler jeweller journalist judge labourer laborer lawyer lecturer
  librarian lifeguard linguist locksmith machinist manager marketer mason mathematician mechanic mediator
  merchandiser midwife miner modeller modeler nanny navigator negotiator nurse nutritionist officer operative
  operator optician optometrist organiser organizer painter paralegal paramedic partner pathologist pharmacist
  photographer physician physicist physiotherapist pilot planner plasterer plumber podiatrist poet porter
  practitioner president principal producer professor programmer promoter psychiatrist psychologist publicist
  publisher purchaser radiographer realtor receptionist recruiter referee registrar representative researcher
  roofer salesperson scheduler scientist scout secretary solicitor sonographer specialist statistician steward
  stewardess strategist superintendent supervisor surgeon surveyor tailor teacher technician technologist
  teller therapist trainer trainee translator treasurer tutor typist underwriter upholsterer valuer vet
  veterinarian volunteer waiter waitress warden welder worker writer zookeeper zoologist lead owner`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

/**
 * Ordinary English words a query may hold that are not job words but must never be "corrected" into one, nor
 * read as a town ("home", "reading", "nice"). The catalog's own vocabulary is the main dictionary; this list
 * covers words a small catalog may lack. A full dictionary package (`an-array-of-english-words`) would replace it.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `home care reading nice mobile bath march may june august sale sales support service services customer
  office store shop retail kitchen restaurant hotel house school college university hospital clinic health
  social media marketing finance financial legal law medical dental sport sports music film studio game games
  gaming security safety quality power energy water food drink beverage fashion beauty travel tourism transport
  logistics warehouse delivery construction property estate real insurance bank banking trade trading
  payment payments risk fraud compliance tax audit account accounts customer client clients people talent
  human resource resources operation operations product products project projects program programme platform
  platforms system systems network networks cloud data database web site software hardware application
  applications mobile device devices game content video audio voice search growth brand design graphic
  interior exterior garden landscape animal animals plant plants child children youth elderly community
  public private government charity research science technology technical business general night day
  weekend evening morning shift part full time temporary permanent entry level junior senior staff chief
  global local regional national international north south east west central greater city town village
  book books keeper bookkeeping zoo keeper care carer caring cook cooking clean cleaning cleaner repair
  maintenance building buildings electrical mechanical civil chemical structural environmental industrial
  manufacturing production assembly machine machines learning deep model models language vision robot robots
  robotics automation test testing tester quality assurance infrastructure reliability site release build
  frontend backend fullstack stack front back end full embedded firmware kernel compiler graphics rendering
  analytics analysis insight insights report reporting statistics statistical math maths mathematics
  economics policy strategy strategic partnership partnerships relationship relationships account event
  events communication communications writing editorial news print digital creative art arts craft culinary
  pastry bakery coffee bar pub wine beer field sales inside outside remote hybrid onsite office`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

/**
 * Phrases in which an occupation word names another occupation, as data: a "chef de projet" is a project
 * manager, not a cook. A title holding the word only inside one of these does not carry the occupation.
 */
export const OCCUPATION_FALSE_FRIENDS: Readonly<Record<string, readonly string[]>> = {
  chef: [
    'chef de projet',
    'chef de projets',
    'chef de produit',
    'chef d equipe',
    'chef de service',
    'chef de mission',
    'chef de chantier',
    'chef de rayon',
    'chef de secteur',
  ],
};
