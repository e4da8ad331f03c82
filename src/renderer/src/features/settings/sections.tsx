import type { ComponentType } from 'react';
import { TestRecipientsSection } from '../compose/TestRecipientsSection';
import { ListenerSection } from '../inbound/ListenerSection';
import { ProfilesSection } from '../profiles/ProfilesSection';
import { SandboxSection } from '../sandbox/SandboxSection';
import { AppearanceSection } from './AppearanceSection';
import { RetentionSection } from './RetentionSection';

/**
 * The Settings page's sections, in order. An area that needs settings adds its section here
 * (one import, one entry) and keeps the component in its own feature folder.
 */
export const settingsSections: { id: string; title: string; Component: ComponentType }[] = [
  { id: 'profiles', title: 'Profiles', Component: ProfilesSection },
  { id: 'test-recipients', title: 'Test recipients', Component: TestRecipientsSection },
  { id: 'listener', title: 'Webhook listener', Component: ListenerSection },
  { id: 'retention', title: 'Data retention', Component: RetentionSection },
  { id: 'sandbox', title: 'Sandbox', Component: SandboxSection },
  { id: 'appearance', title: 'Appearance', Component: AppearanceSection },
];
