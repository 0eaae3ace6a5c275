/**
 * For a <details> whose content renders only once it is opened (dozens of math steps, a chart's data, settings
 * few visitors change): whether it has been opened, and the toggle handler. Printing counts as opening, so paper
 * shows everything (ToolShell opens every <details> before printing).
 */
import { useEffect, useState } from 'preact/hooks';

export function useOpenedOnce(): [boolean, (event: Event) => void] {
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (opened) return;
    const open = () => setOpened(true);
    addEventListener('beforeprint', open);
    return () => removeEventListener('beforeprint', open);
  }, [opened]);
  return [
    opened,
    (event) => {
      if ((event.currentTarget as HTMLDetailsElement).open) setOpened(true);
    },
  ];
}
