import { describe, expect, it } from 'vitest';
import { relativeTo, seniorityOf } from '../../lib/match/seniority';

describe('seniority from a title', () => {
  it.each([
    // English
    ['Director of Engineering', 'director'],
    ['Head of Data Science at Lumen Labs', 'director'],
    ['Marketing Head', 'director'],
    ['Head Chef', 'lead'],
    ['VP, Clinical Operations', 'executive'],
    ['Vice President of Sales', 'executive'],
    ['Chief Medical Officer', 'executive'],
    ['Co-Founder & CEO', 'executive'],
    ['Managing Director', 'executive'],
    ['Assistant Vice President', 'director'],
    ['Associate Vice President, Analytics', 'director'],
    ['Associate Director, Biometrics', 'manager'],
    ['General Manager', 'director'],
    ['Engineering Manager', 'manager'],
    ['Product Manager', 'mid'],
    ['Senior Product Manager', 'senior'],
    ['Sr. Data Analyst', 'senior'],
    ['Senior Software Engineer', 'senior'],
    ['Staff Engineer', 'lead'],
    ['Principal Scientist', 'lead'],
    ['Tech Lead', 'lead'],
    ['Software Engineer', 'mid'],
    ['Junior Developer', 'early'],
    ['Associate Consultant', 'early'],
    ['Graduate Trainee', 'early'],
    ['Aspiring Data Scientist', 'early'],
    ['Summer Intern', 'student'],
    ['PhD Student in Epidemiology', 'student'],
    ['Associate Professor of Statistics', 'senior'],
    ['Professor of Biostatistics', 'lead'],
    // German
    ['Geschäftsführer', 'executive'],
    ['Leiter Vertrieb', 'manager'],
    ['Abteilungsleiterin Forschung', 'director'],
    ['Teamleiterin Data Science', 'manager'],
    ['Werkstudent Marketing', 'student'],
    ['Direktorin für Strategie', 'director'],
    // French
    ['Directrice des ressources humaines', 'director'],
    ['Directeur général', 'executive'],
    ['Responsable marketing', 'manager'],
    ['Chef de projet', 'manager'],
    ['Étudiant en informatique', 'student'],
    ['Stagiaire', 'student'],
    ['Fondatrice', 'executive'],
    // Spanish
    ['Gerente de Ventas', 'manager'],
    ['Directora de Operaciones', 'director'],
    ['Becaria de investigación', 'student'],
    ['Ingeniera de datos', 'mid'],
    // Portuguese
    ['Diretor de Tecnologia', 'director'],
    ['Estagiário em Engenharia', 'student'],
    ['Gerente de Projetos', 'manager'],
  ])('%j → %s', (title, level) => {
    expect(seniorityOf(title)).toBe(level);
  });

  it.each([
    // Near misses: words that look like rank and are not.
    ['Activities Coordinator at Sunny Senior Living', 'mid'],
    ['Senior Living Advisor', 'mid'],
    ['Nurse, Senior Care Services', 'mid'],
    ['Product Owner', null],
    ['Chef', null],
    ['Ex-Director, now learning to paint', null],
    ['Former CEO', null],
    ['Passionate about people', null],
    ['', null],
  ])('near miss %j → %s', (title, level) => {
    expect(seniorityOf(title)).toBe(level);
  });

  it('takes the highest rank over headline segments, ignoring the organisation after "at"', () => {
    expect(seniorityOf('Speaker | Director, Growth @ Senior Partners Ltd')).toBe('director');
    expect(seniorityOf('Analyst at Chief Outfitters')).toBe('mid');
    expect(seniorityOf('Analista en Director Holdings')).toBe('mid');
  });

  it('survives hostile text', () => {
    expect(seniorityOf('Director '.repeat(5000))).toBe('director');
    expect(seniorityOf('مدير 👩‍💼 \u202E Senior')).toBe('senior');
  });
});

describe('seniority relative to the user', () => {
  it.each([
    ['senior', 'director', 'more-senior', 3],
    ['senior', 'senior', 'peer', 0],
    ['director', 'student', 'junior', -6],
  ] as const)('%s user, %s person → %s', (self, theirs, rel, gap) => {
    expect(relativeTo(self, theirs)).toEqual({ rel, gap });
  });

  it('is unknown when either side is', () => {
    expect(relativeTo('', 'director')).toBeNull();
    expect(relativeTo('senior', null)).toBeNull();
    expect(relativeTo('wizard' as never, 'director')).toBeNull();
  });
});
