// Fictional messages for the coach tests. STRONG passes every check; each weak one breaks one.

export const STRONG = `Hi Priya,

Your talk on rebuilding the triage model at Harbourview Hospital is why I'm writing to you. I lead a four-person analytics team at Meadowbank Clinic, and my next step is publishing our sepsis early-warning results.

I'm asking for feedback on the methods section of our draft paper: is the validation strong enough for a journal? Could we take 20 minutes on a video call next week?

In return, I can share our anonymised benchmark data set and the code we used to build it.

Thanks,
Jordan Blake`;

export const STRONG_NOTE =
  'Hi Priya, your talk on triage models stood out. Could I get your read on our sepsis paper in a 20-minute call next week? Happy to share our benchmark data in return.';

export const OPTIONS = { channel: 'message' as const, personName: 'Priya Raman' };
