import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The quiet confirmation each section shows after it saves: a word in a status
 * region that fades after a few seconds. Never "Saved." with a full stop: that
 * one belongs to the You section's Save button.
 */
export function useSaved(text = 'Saved', ms = 4000): [string, () => void] {
  const [note, setNote] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const flash = () => {
    clearTimeout(timer.current);
    setNote(`${text} ✓`);
    timer.current = setTimeout(() => setNote(''), ms);
  };
  return [note, flash];
}
