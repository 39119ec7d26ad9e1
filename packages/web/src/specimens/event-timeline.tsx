import { Text, Timeline } from '@mantine/core';
import type { SpecimenEvent } from '../api/types';
import { rejectionText } from '../accessioning/rejection-reasons';
import { formatDateTime, humanize, priorityText } from '../ui/format';

/** One line for an event's detail, e.g. the rejection reason or the aliquots poured off. */
function detailText(event: SpecimenEvent): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(event.detail)) {
    if (key === 'reason') parts.push(rejectionText(value));
    else if (key === 'priority') parts.push(`${priorityText(String(value))} priority`);
    else if (key === 'recordedAtReceipt') parts.push('recorded at receipt');
    else if (Array.isArray(value)) parts.push(`${humanize(key)}: ${value.map(String).join(', ')}`);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      parts.push(`${humanize(key)}: ${String(value)}`);
  }
  return parts.join(' · ');
}

/** The specimen's life as it happened: each event with its time and who (or what) caused it. */
export function EventTimeline({ events }: { readonly events: readonly SpecimenEvent[] }) {
  if (events.length === 0) return <Text c="dimmed">Ordered; nothing has happened to the specimen yet.</Text>;
  return (
    <Timeline active={events.length - 1} bulletSize={18} lineWidth={2} aria-label="Specimen events">
      {events.map((event, index) => {
        const detail = detailText(event);
        return (
          <Timeline.Item
            key={`${event.kind}-${event.at}-${index}`}
            title={humanize(event.kind)}
            color={event.kind === 'rejected' ? 'red' : 'teal'}
          >
            <Text size="sm">
              {formatDateTime(event.at)} · {event.actor}
            </Text>
            {detail && (
              <Text size="sm" c="dimmed">
                {detail}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
