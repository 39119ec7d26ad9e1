import { useState, type FormEvent } from 'react';
import { TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';

/**
 * The global barcode box: a scanner types the accession number and Enter, and the specimen's timeline
 * opens. The box empties itself for the next scan.
 */
export function AccessionSearch() {
  const navigate = useNavigate();
  const [value, setValue] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const accession = value.trim().toUpperCase();
    if (!accession) return;
    setValue('');
    void navigate(`/specimens/${encodeURIComponent(accession)}`);
  };

  return (
    <form role="search" onSubmit={submit} aria-label="Find a specimen">
      <TextInput
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
