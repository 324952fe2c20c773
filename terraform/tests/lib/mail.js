// Who may send e-mail through SES, and how narrowly (issue 19). The one sender
// is the worker task role: SendEmail (API v2) only, on the domain identity and
// its configuration set, from the one configured address.
import { asList, blocks, policyStatements } from './terraform.js';

export const SES_GRANT = {
  actions: ['ses:SendEmail'],
  resources: ['${var.mail.identity_arn}', '${var.mail.configuration_set_arn}'],
  conditions: [
    ['StringEquals', 'ses:ApiVersion', ['2']],
    ['StringEquals', 'ses:FromAddress', ['${var.mail.from_address}']],
  ],
};

/** Every allowing statement of every policy document that grants an ses: or sesv2: action, with its document. */
export function sesStatements(config) {
  const found = [];
  for (const { name, body } of blocks(config, 'data').filter((b) => b.type === 'aws_iam_policy_document')) {
    for (const st of policyStatements(body)) {
      if ((st.effect ?? 'Allow') !== 'Allow') continue;
      if (asList(st.actions).some((a) => a === '*' || /^ses(v2)?:/i.test(a))) found.push({ document: name, statement: st });
    }
  }
  return found;
}

/** Problems of one SES grant against the one shape allowed. */
export function checkSesGrant(document, st) {
  const id = `data.aws_iam_policy_document.${document} statement ${st.sid ?? '?'}`;
  const problems = [];
  const actions = asList(st.actions).sort();
  if (JSON.stringify(actions) !== JSON.stringify(SES_GRANT.actions)) {
    problems.push(`${id}: SES actions ${actions.join(', ')}; only ses:SendEmail is allowed`);
  }
  const resources = asList(st.resources).sort();
  if (JSON.stringify(resources) !== JSON.stringify([...SES_GRANT.resources].sort())) {
    problems.push(`${id}: SES resources ${resources.join(', ')}; only the identity and its configuration set`);
  }
  const conditions = (st.condition ?? []).map((c) => [c.test, c.variable, asList(c.values)])
    .sort((a, b) => a[1].localeCompare(b[1]));
  if (JSON.stringify(conditions) !== JSON.stringify(SES_GRANT.conditions)) {
    problems.push(`${id}: SES conditions ${JSON.stringify(conditions)}; must pin ses:FromAddress and ses:ApiVersion 2`);
  }
  return problems;
}
