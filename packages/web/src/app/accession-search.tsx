import { useEffect, useRef, useState, type FormEvent } from 'react';
import { TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';

/** Keys typed while nothing editable has focus: a barcode scanner "typing" into the page. */
function isStrayTyping(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return false;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('input, textarea, select, [contenteditable="true"], [role="combobox"]')) return false;
  return event.key.length === 1 && /[A-Za-z0-9]/.test(event.key);
}

/**
 * The global barcode box: a scanner types the accession number and Enter, and the specimen's timeline
 * opens. A scan while no field has focus lands here too, and the box empties itself for the next one.
 */
export function AccessionSearch() {
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const capture = (event: KeyboardEvent) => {
      // Focus moves before the key is delivered, so the first character lands in the box.
      if (isStrayTyping(event)) input.current?.focus();
    };
    document.addEventListener('keydown', capture);
    return () => document.removeEventListener('keydown', capture);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const accession = value.trim().toUpperCase();
    if (!accession) return;
    setValue('');
    input.current?.blur();
    void navigate(`/specimens/${encodeURIComponent(accession)}`);
  };

  return (
    <form role="search" onSubmit={submit} aria-label="Find a specimen">
      <TextInput
        ref={input}
        aria-label="Scan or type an accession number"
        placeholder="Scan accession…"
        name="accession-search"
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        autoComplete="off"
        spellCheck={false}
        size="sm"
        w={{ base: 170, sm: 240 }}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
    </form>
  );
}
