import { coach } from '../coach';
import { CHANNELS } from '../domain';
import { isChannel } from '../draft';
import { args, InputError, loadConfig, readText, run } from './common';

// npm run coach -- <message.txt> [--channel <c>] [--config <backup.json>] [--subject <s>] [--name <n>]
// (PRODUCT.md): { channel, length, limit, score, findings: [{ kind, text, … }] } on stdout.

run(() => {
  const { values, positionals } = args({
    channel: { type: 'string' },
    config: { type: 'string' },
    subject: { type: 'string' },
    name: { type: 'string' },
    company: { type: 'string' },
  });
  const channel = values.channel ?? 'message';
  if (!isChannel(channel))
    throw new InputError(`unknown --channel ${channel}: expected ${CHANNELS.join(', ')}`);
  if (positionals.length > 1) throw new InputError(`one message file expected, got ${positionals.length}`);
  const text = readText(positionals[0], 'message');
  const config = loadConfig(values.config);
  return coach(text, {
    channel,
    settings: config.settings,
    premium: config.self.premium,
    subject: values.subject,
    personName: values.name ?? null,
    // With --company, telling a colleague where you work is a fault (the config gives yours).
    organization: config.self.organization,
    personCompany: values.company ?? null,
  });
});
