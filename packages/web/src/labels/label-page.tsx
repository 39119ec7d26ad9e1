import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { fetchTimeline } from '../specimens/fetch-timeline';
import { lastEvent } from '../specimens/specimen-events';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { SpecimenLabel } from './specimen-label';

/** The printable label of one specimen; printing shows the label alone (see print.css). */
export function LabelPage() {
  const { accession = '' } = useParams();
  const [specimen] = useLoad(accession, fetchTimeline);
  return (
    <Stack gap="md">
      <Group justify="space-between" className="no-print">
        <Title order={2}>Label · {accession}</Title>
        <Group>
          <Button variant="default" component={Link} to={`/specimens/${accession}`}>
            Back to timeline
          </Button>
          <Button onClick={() => window.print()}>Print label</Button>
        </Group>
      </Group>
      <Loaded load={specimen} title={`Specimen ${accession}`}>
        {(data) => (
          <Stack gap="sm">
            {data.state === 'rejected' && (
              <Alert color="red" className="no-print" title="Rejected specimen">
                This specimen was rejected; a new collection needs a new label.
              </Alert>
            )}
            {!lastEvent(data, 'collected') && (
              <Text className="no-print" c="dimmed">
                Collection is not recorded yet: the label shows no collection time.
              </Text>
            )}
            <SpecimenLabel specimen={data} />
          </Stack>
        )}
      </Loaded>
    </Stack>
  );
}
