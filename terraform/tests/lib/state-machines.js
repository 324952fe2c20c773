// Step Functions checks over parsed Terraform: the state machine file behind each templatefile() call is sound
// ASL, its placeholders and the call agree, and the machine's role grants every Task. A check returns its problems
// as readable strings.
import fs from 'node:fs';
import path from 'node:path';
import { asList, blocks, interpolations } from './terraform.js';
import { roleStatements } from './iam.js';

/** The templatefile(...) path and variable map of every aws_sfn_state_machine definition. */
export function stateMachineTemplates(config) {
  const list = [];
  for (const { name, body } of blocks(config).filter((b) => b.type === 'aws_sfn_state_machine')) {
    const expr = interpolations(String(body.definition ?? ''))[0] ?? '';
    const m = expr.match(/^templatefile\(\s*"\$\{path\.module\}\/([^"]+)"\s*,\s*\{([\s\S]*)\}\s*\)$/);
    if (!m) {
      list.push({ name, error: `aws_sfn_state_machine.${name}: definition is not templatefile("\${path.module}/<file>", { ... })` });
      continue;
    }
    const vars = {};
    for (const [, key, value] of m[2].matchAll(/^\s*(\w+)\s*=\s*(.+?)\s*$/gm)) vars[key] = value;
    list.push({ name, file: path.join(config.dir, m[1]), vars, roleArn: String(body.role_arn ?? '') });
  }
  return list;
}

function walkStates(machine, visit) {
  visit(machine);
  for (const state of Object.values(machine.States ?? {})) {
    const nested = [state.ItemProcessor, state.Iterator, ...(state.Branches ?? [])].filter(Boolean);
    nested.forEach((m) => walkStates(m, visit));
  }
}

/** Structural problems of an ASL document: targets, reachability, terminal states. */
export function checkAsl(asl) {
  const problems = [];
  walkStates(asl, (machine) => {
    const states = machine.States ?? {};
    const names = Object.keys(states);
    if (!states[machine.StartAt]) problems.push(`StartAt ${machine.StartAt} is not a state`);
    const targets = (state) => [
      state.Next, state.Default,
      ...(state.Catch ?? []).map((c) => c.Next),
      ...(state.Choices ?? []).map((c) => c.Next),
    ].filter(Boolean);
    for (const [name, state] of Object.entries(states)) {
      for (const t of targets(state)) if (!states[t]) problems.push(`${name}: target ${t} does not exist`);
      const terminal = ['Choice', 'Succeed', 'Fail'].includes(state.Type) || state.End === true;
      if (!terminal && !state.Next) problems.push(`${name}: neither Next nor End`);
      if (state.Type === 'Choice' && !(state.Choices ?? []).length) problems.push(`${name}: Choice without Choices`);
      if (state.Type === 'Task' && !state.Resource) problems.push(`${name}: Task without Resource`);
    }
    const seen = new Set();
    const queue = [machine.StartAt];
    while (queue.length) {
      const name = queue.shift();
      if (seen.has(name) || !states[name]) continue;
      seen.add(name);
      queue.push(...targets(states[name]));
    }
    for (const name of names) if (!seen.has(name)) problems.push(`${name}: unreachable from ${machine.StartAt}`);
  });
  return problems;
}

/** IAM action a Step Functions Task resource needs, e.g. ecs:RunTask for arn:aws:states:::ecs:runTask.sync. */
export function actionForTaskResource(resource) {
  const sdk = resource.match(/^arn:aws:states:::aws-sdk:([\w-]+):(\w+)/);
  if (sdk) return `${sdk[1]}:${sdk[2][0].toUpperCase()}${sdk[2].slice(1)}`;
  const opt = resource.match(/^arn:aws:states:::([\w-]+):(\w+)/);
  if (opt) return `${opt[1]}:${opt[2][0].toUpperCase()}${opt[2].slice(1)}`;
  return null;
}

/**
 * The state machine file is valid JSON, structurally sound, uses only
 * placeholders that the templatefile call passes (and passes none that are
 * unused), and the state machine's role allows every Task's action.
 */
export function checkStateMachines(config) {
  const problems = [];
  for (const t of stateMachineTemplates(config)) {
    if (t.error) {
      problems.push(t.error);
      continue;
    }
    const rel = path.basename(t.file);
    if (!fs.existsSync(t.file)) {
      problems.push(`${rel}: file does not exist`);
      continue;
    }
    const text = fs.readFileSync(t.file, 'utf8');
    let asl;
    try {
      asl = JSON.parse(text);
    } catch (e) {
      problems.push(`${rel}: not valid JSON (${e.message})`);
      continue;
    }
    problems.push(...checkAsl(asl).map((p) => `${rel}: ${p}`));
    const placeholders = new Set([...text.matchAll(/(?<!\$)\$\{(\w+)\}/g)].map((m) => m[1]));
    for (const p of placeholders) if (!(p in t.vars)) problems.push(`${rel}: \${${p}} is not passed by templatefile`);
    for (const v of Object.keys(t.vars)) if (!placeholders.has(v)) problems.push(`${rel}: templatefile passes ${v}, which the file does not use`);
    for (const [key, value] of Object.entries(t.vars)) {
      if (!/^(var|local|aws_\w+|module|data)\./.test(value)) problems.push(`${rel}: ${key} = ${value} is not a Terraform reference`);
    }
    const role = t.roleArn.match(/aws_iam_role\.(\w+)\.arn/);
    const granted = new Set(role ? roleStatements(config, role[1]).flatMap((s) => asList(s.actions)) : []);
    walkStates(asl, (machine) => {
      for (const [name, state] of Object.entries(machine.States ?? {})) {
        if (state.Type !== 'Task') continue;
        const action = actionForTaskResource(state.Resource ?? '');
        if (!action) problems.push(`${rel} ${name}: unknown Task resource ${state.Resource}`);
        else if (!granted.has(action)) problems.push(`${rel} ${name}: the state machine role lacks ${action}`);
      }
    });
  }
  return problems;
}
