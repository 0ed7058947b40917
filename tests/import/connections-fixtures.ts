/** A real-shaped Connections.csv of `n` fictional people, as LinkedIn exports it (notes, CRLF). */
export function bigConnectionsCsv(n: number, seed = 1): string {
  const first = ['Ada', 'Bruno', 'Chiamaka', 'Dörte', 'Eli', 'Farah', 'Gustav', 'Hana', 'Ivo', 'Jana'];
  const last = [
    'Quist',
    'Castellano',
    'Eze',
    'Lind',
    'Sato',
    'Novak',
    'Mensah',
    'Haddad',
    'Petrov',
    'Okafor',
  ];
  const companies = [
    'Harbourview Analytics',
    'Meridian Health, Inc.',
    'Kaizen Robotics',
    'Fjordline Shipping',
    '',
  ];
  const positions = [
    'Head of Data Science',
    'Director, Clinical Research',
    'Senior Engineer',
    'Research Lead',
    'Student',
  ];
  const lines = [
    'Notes:',
    '"Some email addresses may be missing from this export."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  for (let i = 0; i < n; i++) {
    const k = (i * 7 + seed) % 10;
    lines.push(
      [
        first[k]!,
        last[(i + seed) % 10]!,
        `https://www.linkedin.com/in/person-${seed}-${i}`,
        i % 3 ? '' : `person${i}@example.org`,
        q(companies[i % companies.length]!),
        q(positions[(i + k) % positions.length]!),
        '14 Mar 2024',
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
