// E-mail on AWS (issue 19): the SES identity, the one role that may send and
// how narrowly, the worker's settings and schedules, against the Java sources
// that use them.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR, REPO_DIR, TERRAFORM_DIR, loadConfig, terraformDirs } from './lib/terraform.js';
import { checkSesGrant, sesStatements } from './lib/mail.js';
import { roleStatements } from './lib/iam.js';

const crawlDir = path.join(TERRAFORM_DIR, 'modules/crawl');
const java = (file) => fs.readFileSync(path.join(REPO_DIR, file), 'utf8');
const CLI = 'cli/src/main/java/tad/cli/';

test('only the worker task role may send mail, SendEmail alone, on the identity, from the one address', async () => {
  const grants = [];
  for (const dir of terraformDirs()) {
    for (const found of sesStatements(await loadConfig(dir))) grants.push({ dir: path.relative(TERRAFORM_DIR, dir), ...found });
  }
  assert.deepEqual(grants.map((g) => `${g.dir}:${g.document}`), ['modules/crawl:task'], 'SES rights anywhere else');
  assert.deepEqual(checkSesGrant(grants[0].document, grants[0].statement), []);
  const crawl = await loadConfig(crawlDir);
  assert.ok(roleStatements(crawl, 'task').includes(grants[0].statement), 'the grant is attached to aws_iam_role.task');
  assert.equal(crawl.resource.aws_ecs_task_definition.worker.body.task_role_arn, '${aws_iam_role.task.arn}');
});

test('the SES adapter calls exactly what the role grants', () => {
  const adapter = java('core/mail-ses/src/main/java/tad/mail/ses/SesMailer.java');
  const calls = [...new Set([...adapter.matchAll(/\bclient\.(\w+)\(/g)].map((m) => m[1]))];
  assert.deepEqual(calls, ['sendEmail']);
  assert.match(adapter, /SesV2Client/, 'API v2, which the ses:ApiVersion condition pins');
});

test('the grant check reports every way a grant can be too wide', async () => {
  const config = await loadConfig(path.join(FIXTURES_DIR, 'ses'));
  const problems = sesStatements(config).flatMap((f) => checkSesGrant(f.document, f.statement));
  for (const pattern of [/AnySes: SES actions ses:\*/, /AnySes: SES resources \*/, /NoSenderPinned: SES conditions/,
    /RawToo: SES actions ses:SendEmail, ses:SendRawEmail/]) {
    assert.ok(problems.some((p) => pattern.test(p)), `expected ${pattern} in\n${problems.join('\n')}`);
  }
});

test('the mail module: a DKIM-signed domain identity, a configuration set that requires TLS, both tagged', async () => {
  const mail = await loadConfig(path.join(TERRAFORM_DIR, 'modules/mail'));
  const identity = mail.resource.aws_sesv2_email_identity.domain.body;
  assert.equal(identity.email_identity, '${var.domain}');
  assert.equal(identity.dkim_signing_attributes[0].next_signing_key_length, 'RSA_2048_BIT');
  assert.equal(identity.configuration_set_name, '${aws_sesv2_configuration_set.this.configuration_set_name}');
  const set = mail.resource.aws_sesv2_configuration_set.this.body;
  assert.equal(set.delivery_options[0].tls_policy, 'REQUIRE');
  assert.deepEqual(set.suppression_options[0].suppressed_reasons, ['BOUNCE', 'COMPLAINT']);
  assert.match(mail.output.dkim_records[0].value, /dkim\.amazonses\.com/);
});

test('every environment sends from privacy@ its own site domain through the worker', async () => {
  for (const env of ['dev', 'prod']) {
    const root = await loadConfig(path.join(TERRAFORM_DIR, 'envs', env));
    const [mail] = root.module.mail;
    assert.equal(mail.domain, '${var.site_domain}');
    assert.equal(mail.from_address, 'privacy@${var.site_domain}');
    const [crawl] = root.module.crawl;
    assert.deepEqual(crawl.mail[0] ?? crawl.mail, {
      identity_arn: '${module.mail.identity_arn}', configuration_set_arn: '${module.mail.configuration_set_arn}',
      from_address: '${module.mail.from_address}', site_url: 'https://${var.site_domain}',
    });
  }
});

test('the worker is configured for SES with keys the Java configuration knows', async () => {
  const crawl = await loadConfig(crawlDir);
  const definitions = crawl.resource.aws_ecs_task_definition.worker.body.container_definitions;
  assert.match(definitions, /name\s*=\s*"TAD_MAIL_TRANSPORT",\s*value\s*=\s*"ses"/);
  assert.match(definitions, /name\s*=\s*"TAD_MAIL_FROM",\s*value\s*=\s*"[^"]*<\$\{var\.mail\.from_address\}>"/);
  assert.match(definitions, /name\s*=\s*"TAD_SERVE_SITE_URL",\s*value\s*=\s*var\.mail\.site_url/);
  const defaults = java('core/src/main/resources/tad/tad-defaults.properties');
  for (const key of ['mail.transport', 'mail.from', 'serve.site.url']) {
    assert.match(defaults, new RegExp(`^${key.replaceAll('.', '\\.')}=`, 'm'));
  }
  assert.match(java('core/src/main/java/tad/core/config/TadConfig.java'), /SITE_URL = "serve\.site\.url"/);
  assert.match(java('core/src/main/java/tad/core/config/MailConfig.java'), /case "ses" -> MailSettings\.Transport\.SES/);
});

test('the mail schedules run CLI verbs that exist, on the worker task definition', async () => {
  const crawl = await loadConfig(crawlDir);
  const removal = crawl.resource.aws_scheduler_schedule.removal_mail.body;
  assert.match(removal.target[0].input, /Command\s*=\s*\["removals", "mail"\]/);
  assert.match(removal.target[0].input, /^\$\{jsonencode\(merge\(local\.scheduled_task,/);
  assert.equal(crawl.locals.scheduled_task.TaskDefinition, '${aws_ecs_task_definition.worker.arn}');
  const notices = crawl.resource.aws_scheduler_schedule.notices.body;
  assert.equal(notices.for_each, '${toset(var.cities)}');
  assert.match(notices.target[0].input, /Command\s*=\s*\["notices", "send", "--city", each\.value\]/);
  assert.match(java(`${CLI}RemovalsCommand.java`), /RemovalMailCommand\.class/);
  assert.match(java(`${CLI}RemovalMailCommand.java`), /@Command\(name = "mail"/);
  assert.match(java(`${CLI}NoticesCommand.java`), /@Command\(name = "notices"[\s\S]*@Command\(name = "send"[\s\S]*names = "--city"/);
  assert.match(java(`${CLI}TadCommand.java`), /NoticesCommand\.class/);
});
