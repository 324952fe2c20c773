// Loading Terraform configurations offline: every .tf file of a directory is
// parsed with @cdktf/hcl2json and merged into one configuration object.
// Expressions stay as strings ("${var.x}"), which the checks scan.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@cdktf/hcl2json';

export const TESTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TERRAFORM_DIR = path.resolve(TESTS_DIR, '..');
export const REPO_DIR = path.resolve(TERRAFORM_DIR, '..');
export const FIXTURES_DIR = path.join(TESTS_DIR, 'fixtures');

const NAMED_BLOCKS = ['variable', 'output', 'module', 'provider'];
const TYPED_BLOCKS = ['resource', 'data'];

/** Directories under `root` holding .tf files, skipping tests/ and hidden folders. */
export function terraformDirs(root = TERRAFORM_DIR) {
  const found = [];
  const visit = (dir) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && e.name.endsWith('.tf'))) found.push(dir);
    for (const e of entries) {
      if (!e.isDirectory() || e.name.startsWith('.') || e.name === 'node_modules') continue;
      if (path.join(dir, e.name) === TESTS_DIR) continue;
      visit(path.join(dir, e.name));
    }
  };
  visit(root);
  return found.sort();
}

export function tfFiles(dir) {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.tf')).sort().map((f) => path.join(dir, f));
}

export async function parseFile(file) {
  return parse(path.basename(file), fs.readFileSync(file, 'utf8'));
}

const cache = new Map();

/** Parses and merges all .tf files of `dir`. Throws on a parse error. */
export async function loadConfig(dir) {
  const key = path.resolve(dir);
  if (cache.has(key)) return cache.get(key);
  const config = { dir: key, locals: {}, terraform: [], resource: {}, data: {} };
  for (const name of NAMED_BLOCKS) config[name] = {};
  for (const file of tfFiles(dir)) {
    const json = await parseFile(file);
    for (const name of NAMED_BLOCKS) {
      for (const [label, bodies] of Object.entries(json[name] ?? {})) {
        config[name][label] = [...(config[name][label] ?? []), ...bodies];
      }
    }
    for (const kind of TYPED_BLOCKS) {
      for (const [type, byName] of Object.entries(json[kind] ?? {})) {
        config[kind][type] ??= {};
        for (const [label, bodies] of Object.entries(byName)) {
          config[kind][type][label] = { body: bodies[0], file: path.basename(file) };
        }
      }
    }
    for (const block of json.locals ?? []) Object.assign(config.locals, block);
    config.terraform.push(...(json.terraform ?? []));
  }
  cache.set(key, config);
  return config;
}

/** [{type, name, body, file}] for every resource (or data source) of a config. */
export function blocks(config, kind = 'resource') {
  const list = [];
  for (const [type, byName] of Object.entries(config[kind])) {
    for (const [name, { body, file }] of Object.entries(byName)) list.push({ type, name, body, file });
  }
  return list;
}

/** Calls fn(string, path) for every string anywhere in value. */
export function walkStrings(value, fn, at = []) {
  if (typeof value === 'string') fn(value, at);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, fn, [...at, i]));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walkStrings(v, fn, [...at, k]);
  }
}

/** The expression texts inside ${...} of a string, outermost first (nesting aware). */
export function interpolations(text) {
  const found = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (text[i] !== '$' || text[i + 1] !== '{' || text[i - 1] === '$') continue;
    let depth = 0;
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}' && --depth === 0) {
        found.push(text.slice(i + 2, j));
        break;
      }
    }
  }
  return found;
}

/** All expression texts of a config body (strings inside ${...}). */
export function expressions(value) {
  const list = [];
  walkStrings(value, (s) => list.push(...interpolations(s)));
  return list;
}

/** First element of an HCL block list (blocks parse to arrays). */
export const one = (v) => (Array.isArray(v) ? v[0] : v);

/** A value is set: not undefined, null or the empty string. */
export const present = (v) => v !== undefined && v !== null && v !== '';

/** Statements of an aws_iam_policy_document body, including dynamic ones. */
export function policyStatements(body) {
  const statements = [...(body.statement ?? [])];
  for (const dyn of body.dynamic?.statement ?? []) statements.push(...(dyn.content ?? []));
  return statements;
}

/** Turns an HCL list value (array or "${[...]}"-style expression) into an array of strings. */
export function asList(value) {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}
