import type { Profile } from '../../lib/domain';
import { person } from './people';

const job = (title: string, company: string) => ({ title, company, dates: null });

/** Fictional people a thoughtful reader can judge against Mara's needs (tests/match/people.ts). */
export const CALIBRATION: Record<string, Profile> = {
  'the-expert': person({
    headline: 'Associate Professor of Biostatistics | clinical risk prediction',
    company: 'Lakeside University',
    degree: 2,
    mutualConnections: 4,
    about: 'I build and validate clinical risk models for cardiology and review for two journals.',
    experience: [
      job('Associate Professor', 'Lakeside University'),
      job('Biostatistician', 'Harbour Hospital'),
    ],
    skills: ['Survival Analysis', 'R', 'Grant Writing'],
  }),
  'the-near-miss': person({
    headline: 'Senior Risk Manager at Contoso Insurance',
    company: 'Contoso Insurance',
    degree: 2,
    about: 'Fifteen years in insurance risk: pricing models, capital models, risk appetite.',
    experience: [job('Senior Risk Manager', 'Contoso Insurance'), job('Risk Analyst', 'Contoso Insurance')],
    skills: ['Risk Management', 'Insurance', 'Financial Modeling'],
  }),
  'the-coach': person({
    headline: 'Certified life coach | Former nurse | Helping people through career change',
    company: 'Self-employed',
    degree: 3,
    about: 'I listen first. Clients come to me when work gets heavy.',
    skills: ['Coaching', 'Active Listening'],
  }),
  'the-organiser': person({
    headline: 'Data scientist | Organiser of R-Ladies Harbourtown',
    company: 'Fabrikam',
    degree: 2,
    about: 'I run a monthly meetup for people learning R and statistics.',
    experience: [job('Senior Data Scientist', 'Fabrikam')],
    skills: ['R', 'Community Building'],
  }),
  'the-sponsor': person({
    headline: 'VP, Biostatistics and Data Science',
    company: 'Northwind Health Inc.',
    degree: 2,
    mutualConnections: 25,
    experience: [job('VP, Biostatistics and Data Science', 'Northwind Health Inc.')],
    skills: ['Leadership', 'Clinical Trials'],
  }),
  'the-connector': person({
    headline: 'Partner at Greenfield Ventures | angel investor in health tech',
    company: 'Greenfield Ventures',
    degree: 2,
    mutualConnections: 18,
    followers: 24_000,
    connections: '500+',
  }),
  'the-recruiter': person({
    headline: 'Technical Recruiter at Tailspin Pharma',
    company: 'Tailspin Pharma',
    degree: 2,
    mutualConnections: 3,
    connections: '500+',
  }),
  'the-role-model': person({
    headline: 'Head of Biostatistics at Harbour Research Hospital | Keynote speaker',
    company: 'Harbour Research Hospital',
    degree: 3,
    followers: 8_000,
    experience: [
      job('Head of Biostatistics', 'Harbour Research Hospital'),
      job('Senior Biostatistician', 'Harbour Research Hospital'),
    ],
  }),
  'the-peer': person({
    headline: 'Senior Biostatistician at Tailspin Pharma',
    company: 'Tailspin Pharma',
    degree: 1,
    about: 'Currently learning R programming after years of SAS. Happy to swap notes.',
    experience: [job('Senior Biostatistician', 'Tailspin Pharma')],
    skills: ['SAS', 'Clinical Trials'],
  }),
  'the-pm': person({
    headline: 'Program Manager, clinical operations',
    company: 'Northwind Health',
    degree: 1,
    experience: [job('Program Manager', 'Northwind Health')],
  }),
  'the-senior-living': person({
    headline: 'Activities Coordinator at Sunny Senior Living',
    company: 'Sunny Senior Living',
    degree: 2,
    skills: ['Elder Care', 'Event Planning'],
  }),
  'the-stranger': person({
    headline: 'Sales Associate at Contoso Outdoor',
    company: 'Contoso Outdoor',
    degree: 3,
  }),
  'the-grant-writer': person({
    headline: 'Grant writer for health research charities',
    company: 'Self-employed',
    degree: 2,
    skills: ['Grant Writing', 'Proposal Writing'],
  }),
};
