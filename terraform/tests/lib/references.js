// Reference checks over parsed Terraform: every name an expression uses is declared, and every module call matches
// the module it calls. Each check here and in tags.js, encryption.js, edge-security.js, iam.js and state-machines.js
// takes a loaded configuration (terraform.js) and returns its problems as readable strings; an empty list means it
// passed. The tests run every check on the real configurations and on small bad fixtures, which must produce problems.
import fs from 'node:fs';
import path from 'node:path';
import { expressions, loadConfig } from './terraform.js';

const IDENT = '[A-Za-z_][\\w-]*';
const META_ARGUMENTS = new Set(['source', 'version', 'providers', 'depends_on', 'count', 'for_each']);

function matches(text, regex) {
  return [...text.matchAll(regex)];
}

function referencedExpressions(config) {
  const { variable, ...rest } = config;
  const exprs = expressions(rest);
  // Variable blocks may hold validation conditions that use var.<self>.
  for (const bodies of Object.values(variable)) exprs.push(...expressions(bodies));
  return exprs;
}

/** Every var., local., module., data. and aws_* reference resolves inside the configuration. */
export async function checkReferences(config) {
  const problems = [];
  const where = path.basename(config.dir);
  for (const expr of referencedExpressions(config)) {
    for (const [, name] of matches(expr, new RegExp(`(?<![\\w.])var\\.(${IDENT})`, 'g'))) {
      if (!config.variable[name]) problems.push(`${where}: var.${name} is not declared`);
    }
    for (const [, name] of matches(expr, new RegExp(`(?<![\\w.])local\\.(${IDENT})`, 'g'))) {
      if (!(name in config.locals)) problems.push(`${where}: local.${name} is not defined`);
    }
    for (const [, type, name] of matches(expr, new RegExp(`(?<![\\w.])data\\.(${IDENT})\\.(${IDENT})`, 'g'))) {
      if (!config.data[type]?.[name]) problems.push(`${where}: data.${type}.${name} is not declared`);
    }
    for (const [, type, name] of matches(expr, new RegExp(`(?<![\\w.])(aws_[a-z0-9_]+)\\.(${IDENT})`, 'g'))) {
      if (!config.resource[type]?.[name]) problems.push(`${where}: ${type}.${name} is not declared`);
    }
    for (const [, name, output] of matches(expr, new RegExp(`(?<![\\w.])module\\.(${IDENT})(?:\\.(${IDENT}))?`, 'g'))) {
      const call = config.module[name];
      if (!call) {
        problems.push(`${where}: module.${name} is not declared`);
        continue;
      }
      const child = await childConfig(config, call[0]);
      if (output && child && !child.output[output]) {
        problems.push(`${where}: module.${name}.${output} is not an output of ${call[0].source}`);
      }
    }
  }
  return [...new Set(problems)];
}

async function childConfig(config, call) {
  const source = call.source ?? '';
  if (!source.startsWith('./') && !source.startsWith('../')) return null;
  const dir = path.resolve(config.dir, source);
  if (!fs.existsSync(dir)) return null;
  return loadConfig(dir);
}

/** Module sources exist; every argument is a declared variable; every required variable is passed. */
export async function checkModuleCalls(config) {
  const problems = [];
  const where = path.basename(config.dir);
  for (const [name, [call]] of Object.entries(config.module)) {
    const source = call.source ?? '';
    if (!source.startsWith('./') && !source.startsWith('../')) {
      problems.push(`${where}: module.${name} uses a non-local source ${JSON.stringify(source)}`);
      continue;
    }
    const dir = path.resolve(config.dir, source);
    if (!fs.existsSync(dir) || !fs.readdirSync(dir).some((f) => f.endsWith('.tf'))) {
      problems.push(`${where}: module.${name} source ${source} does not exist`);
      continue;
    }
    const child = await loadConfig(dir);
    for (const arg of Object.keys(call)) {
      if (!META_ARGUMENTS.has(arg) && !child.variable[arg]) {
        problems.push(`${where}: module.${name} passes ${arg}, which ${source} does not declare`);
      }
    }
    for (const [variable, [decl]] of Object.entries(child.variable)) {
      if (!('default' in decl) && !(variable in call)) {
        problems.push(`${where}: module.${name} does not pass required variable ${variable}`);
      }
    }
  }
  return problems;
}
