/**
 * The technologies and practices a posting names, in one curated vocabulary with canonical spellings.
 * Matching is on word boundaries; names that are also ordinary English words ("Go", "Ray", "Spark",
 * "Rust") only count when capitalised as a name.
 */

import { skillMatcher } from './skill-matcher.ts';

interface Skill {
  name: string;
  /** Regex sources for the spellings; `\b`-style boundaries are added around each. */
  patterns: string[];
  /** Match case exactly (the name is also a common word). */
  caseSensitive?: boolean;
}

const SKILLS: Skill[] = [
  { name: 'Python', patterns: ['python'] },
  { name: 'Java', patterns: ['java'] },
  { name: 'Scala', patterns: ['scala'] },
  { name: 'Kotlin', patterns: ['kotlin'] },
  { name: 'Go', patterns: ['Go', 'Golang', 'golang'], caseSensitive: true },
  { name: 'Rust', patterns: ['Rust'], caseSensitive: true },
  { name: 'C++', patterns: ['c\\+\\+'] },
  { name: 'C#', patterns: ['c#'] },
  { name: 'JavaScript', patterns: ['javascript', 'js'] },
  { name: 'TypeScript', patterns: ['typescript'] },
  { name: 'Ruby', patterns: ['ruby'] },
  { name: 'Ruby on Rails', patterns: ['ruby on rails', 'rails'] },
  { name: 'PHP', patterns: ['php'] },
  { name: 'Swift', patterns: ['Swift'], caseSensitive: true },
  { name: 'SwiftUI', patterns: ['swiftui'] },
  { name: 'UIKit', patterns: ['uikit'] },
  { name: 'Objective-C', patterns: ['objective-c'] },
  { name: 'Haskell', patterns: ['haskell'] },
  { name: 'Elixir', patterns: ['elixir'] },
  { name: 'Erlang', patterns: ['erlang'] },
  { name: 'Clojure', patterns: ['clojure'] },
  { name: 'Bash', patterns: ['bash'] },
  { name: 'SQL', patterns: ['sql'] },
  { name: 'PostgreSQL', patterns: ['postgresql', 'postgres'] },
  { name: 'MySQL', patterns: ['mysql'] },
  { name: 'SQLite', patterns: ['sqlite'] },
  { name: 'MongoDB', patterns: ['mongodb', 'mongo'] },
  { name: 'Redis', patterns: ['redis'] },
  { name: 'Cassandra', patterns: ['cassandra'] },
  { name: 'DynamoDB', patterns: ['dynamodb'] },
  { name: 'Elasticsearch', patterns: ['elasticsearch', 'elastic search', 'opensearch'] },
  { name: 'BigQuery', patterns: ['bigquery'] },
  { name: 'Snowflake', patterns: ['Snowflake'], caseSensitive: true },
  { name: 'Redshift', patterns: ['redshift'] },
  { name: 'Databricks', patterns: ['databricks'] },
  { name: 'dbt', patterns: ['dbt'] },
  { name: 'Airflow', patterns: ['airflow'] },
  { name: 'Kafka', patterns: ['kafka'] },
  { name: 'RabbitMQ', patterns: ['rabbitmq'] },
  { name: 'Spark', patterns: ['Spark', 'PySpark', 'Apache Spark'], caseSensitive: true },
  { name: 'Apache Beam', patterns: ['Apache Beam', 'Beam'], caseSensitive: true },
  { name: 'Flink', patterns: ['flink'] },
  { name: 'Hadoop', patterns: ['hadoop'] },
  { name: 'Scio', patterns: ['scio'] },
  { name: 'Ray', patterns: ['Ray'], caseSensitive: true },
  { name: 'PyTorch', patterns: ['pytorch'] },
  { name: 'TensorFlow', patterns: ['tensorflow'] },
  { name: 'JAX', patterns: ['JAX'], caseSensitive: true },
  { name: 'Keras', patterns: ['keras'] },
  { name: 'scikit-learn', patterns: ['scikit-learn', 'sklearn'] },
  { name: 'pandas', patterns: ['pandas'] },
  { name: 'LightGBM', patterns: ['lightgbm'] },
  { name: 'XGBoost', patterns: ['xgboost'] },
  { name: 'NumPy', patterns: ['numpy'] },
  { name: 'Hugging Face', patterns: ['hugging ?face'] },
  { name: 'MLflow', patterns: ['mlflow'] },
  { name: 'Kubeflow', patterns: ['kubeflow'] },
  { name: 'LLMs', patterns: ['llms?', 'large language models?'] },
  { name: 'Generative AI', patterns: ['generative ai', 'genai', 'gen ai'] },
  { name: 'Machine Learning', patterns: ['machine learning'] },
  { name: 'Deep Learning', patterns: ['deep learning'] },
  { name: 'NLP', patterns: ['nlp', 'natural language processing'] },
  { name: 'Computer Vision', patterns: ['computer vision'] },
  {
    name: 'Recommender Systems',
    patterns: ['recommender systems?', 'recommendation systems?', 'recommendation models?'],
  },
  { name: 'Transformers', patterns: ['transformers?', 'transformer-based'] },
  { name: 'MLOps', patterns: ['mlops'] },
  { name: 'A/B Testing', patterns: ['a/b tests?', 'a/b testing', 'a/b experiments?'] },
  { name: 'Statistics', patterns: ['statistics', 'statistical modell?ing'] },
  { name: 'GCP', patterns: ['gcp', 'google cloud(?: platform)?'] },
  { name: 'AWS', patterns: ['aws', 'amazon web services'] },
  { name: 'Azure', patterns: ['azure'] },
  { name: 'Kubernetes', patterns: ['kubernetes', 'k8s'] },
  { name: 'Docker', patterns: ['docker'] },
  { name: 'Terraform', patterns: ['terraform'] },
  { name: 'Linux', patterns: ['linux'] },
  {
    name: 'CI/CD',
    patterns: ['ci/cd', 'continuous integration', 'continuous deployment', 'continuous delivery'],
  },
  { name: 'Git', patterns: ['Git', 'GitHub', 'GitLab'], caseSensitive: true },
  { name: 'GraphQL', patterns: ['graphql'] },
  { name: 'REST', patterns: ['REST(?:ful)?'], caseSensitive: true },
  { name: 'gRPC', patterns: ['grpc'] },
  { name: 'Protocol Buffers', patterns: ['protocol buffers', 'protobuf'] },
  { name: 'Microservices', patterns: ['microservices?'] },
  { name: 'Distributed Systems', patterns: ['distributed systems?'] },
  { name: 'React', patterns: ['React(?:\\.js|JS)?'], caseSensitive: true },
  { name: 'React Native', patterns: ['react native'] },
  { name: 'Vue', patterns: ['vue(?:\\.js|js)?'] },
  { name: 'Angular', patterns: ['angular'] },
  { name: 'Next.js', patterns: ['next\\.js', 'nextjs'] },
  { name: 'Node.js', patterns: ['node\\.js', 'nodejs'] },
  { name: 'Django', patterns: ['django'] },
  { name: 'Flask', patterns: ['flask'] },
  { name: 'FastAPI', patterns: ['fastapi'] },
  { name: 'Spring', patterns: ['Spring Boot', 'Spring'], caseSensitive: true },
  { name: '.NET', patterns: ['\\.net'] },
  { name: 'HTML', patterns: ['html5?'] },
  { name: 'CSS', patterns: ['css3?'] },
  { name: 'Tailwind', patterns: ['tailwind(?: css)?'] },
  { name: 'iOS', patterns: ['ios'] },
  { name: 'Android', patterns: ['android'] },
  { name: 'Figma', patterns: ['figma'] },
  { name: 'Tableau', patterns: ['tableau'] },
  { name: 'Looker', patterns: ['looker'] },
  { name: 'Power BI', patterns: ['power bi'] },
  { name: 'Excel', patterns: ['Excel'], caseSensitive: true },
  { name: 'Selenium', patterns: ['selenium'] },
  { name: 'Cypress', patterns: ['cypress'] },
  { name: 'Playwright', patterns: ['playwright'] },
  { name: 'Jest', patterns: ['jest'] },
  { name: 'Prometheus', patterns: ['prometheus'] },
  { name: 'Grafana', patterns: ['grafana'] },
  { name: 'Datadog', patterns: ['datadog'] },
  { name: 'Ansible', patterns: ['ansible'] },
  { name: 'Jenkins', patterns: ['jenkins'] },
  { name: 'Agile', patterns: ['agile', 'scrum'] },
  { name: 'Solidity', patterns: ['solidity'] },
];

/** The plain text a pattern spells ("c\\+\\+" -> "c++"), or null when it uses other regex syntax. */
function literalOf(pattern: string): string | null {
  const unescaped = pattern.replace(/\\(.)/g, '');
  return /[.*+?^${}()|[\]]/.test(unescaped) ? null : pattern.replace(/\\(.)/g, '$1');
}

/** Word boundaries that also work for names ending in symbols ("C++", "C#", ".NET"). */
const COMPILED = SKILLS.map((skill) => {
  const literals = skill.patterns.map(literalOf);
  return {
    name: skill.name,
    caseSensitive: skill.caseSensitive === true,
    // A skill whose spellings are plain words is only searched for when one of them occurs at all: a
    // substring test is far cheaper than a pattern with lookarounds, and most skills are absent.
    literals: literals.every((literal) => literal !== null)
      ? literals.map((literal) => (skill.caseSensitive ? literal : literal.toLowerCase()))
      : null,
    regex: new RegExp(
      `(?<![\\w+#.-])(?:${skill.patterns.join('|')})(?![\\w+#]|\\.[a-z])`,
      skill.caseSensitive ? '' : 'i',
    ),
  };
});

/** One pass over the text's words picks the few skills worth searching for. */
const matchSkills = skillMatcher(SKILLS.map((skill, i) => ({ ...skill, regex: COMPILED[i]!.regex })));

/** Canonical skill names in the order the text first mentions them. */
export function findSkills(text: string): string[] {
  const found = matchSkills(text);
  return found.sort((a, b) => a.index - b.index || a.name.localeCompare(b.name)).map((entry) => entry.name);
}

/** Every name in the vocabulary and each word of it, for rules that must not split or drop them. */
export const SKILL_NAMES: ReadonlySet<string> = new Set(
  SKILLS.flatMap((skill) => [skill.name, ...skill.name.split(' ')]),
);
