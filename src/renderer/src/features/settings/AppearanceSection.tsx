import type { Theme } from '../../../../shared/contract/app';
import { useThemeStore } from '../shell/theme-store';

const choices: { value: Theme; label: string }[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function AppearanceSection() {
  const { theme, setTheme } = useThemeStore();
  return (
    <fieldset className="field" style={{ border: 0, padding: 0 }}>
      <legend>Theme</legend>
      {choices.map((choice) => (
        <label key={choice.value} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <input
            type="radio"
            name="theme"
            value={choice.value}
            checked={theme === choice.value}
            onChange={() => void setTheme(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
