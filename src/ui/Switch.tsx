export interface SwitchProps {
  label: string;
  isOn: boolean;
  onChange(isOn: boolean): void;
  disabled?: boolean;
}

/** A labelled on/off switch: a button with role "switch", operable by mouse and keyboard. */
export function Switch({ label, isOn, onChange, disabled }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      aria-checked={isOn}
      disabled={disabled}
      onClick={() => onChange(!isOn)}
    >
      <span class="switch-label">{label}</span>
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
    </button>
  );
}
