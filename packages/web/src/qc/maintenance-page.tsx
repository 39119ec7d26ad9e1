import { Alert, Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api, ok } from '../api/client';
import { useCan } from '../auth/session';
import type { components } from '../api/schema';
import { formatDateTime } from '../ui/format';
import { Loaded } from '../ui/loading';
import { useLoad } from '../ui/use-load';
import { MaintenanceTaskForm } from './maintenance-task-form';
import { TaskDoneDialog } from './task-done-dialog';

export type ScheduledTask = components['schemas']['ScheduledTask'];

const loadTasks = () => api.GET('/api/qc/schedule', { params: { query: {} } }).then(ok);

/**
 * The instruments' maintenance and calibration schedule, soonest due first with the overdue in red:
 * what the shift must do, logged as done (with a note) so its next due date moves on; a new recurring
 * task put on the schedule by those who may change instruments.
 */
export function MaintenancePage() {
  const canSchedule = useCan('instrument:write');
  const [round, setRound] = useState(0);
  const [tasks] = useLoad(`tasks-${round}`, loadTasks);
  const [logging, setLogging] = useState<ScheduledTask>();
  const [notice, setNotice] = useState<string>();
  const saved = (message: string) => {
    setNotice(message);
    setRound((n) => n + 1);
  };

  return (
    <Stack>
      {notice && (
        <Alert
          color="teal"
          role="status"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setNotice(undefined)}
        >
          {notice}
        </Alert>
      )}
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="schedule-title">
        <Title order={3} size="h4" id="schedule-title" mb="xs">
          Maintenance and calibration due
        </Title>
        <Loaded load={tasks} title="The schedule could not be loaded">
          {(data) =>
            data.items.length === 0 ? (
              <Text c="dimmed">No task is scheduled.</Text>
            ) : (
              <Table aria-label="Maintenance and calibration schedule" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Instrument</Table.Th>
                    <Table.Th>Task</Table.Th>
                    <Table.Th>Every</Table.Th>
                    <Table.Th>Last done</Table.Th>
                    <Table.Th>Due</Table.Th>
                    <Table.Th>Log</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((task) => (
                    <Table.Tr key={task.id}>
                      <Table.Td ff="monospace">{task.instrumentCode}</Table.Td>
                      <Table.Td>
                        {task.task}
                        <Text size="xs" c="dimmed">
                          {task.kind}
                          {task.testCode ? ` · ${task.testCode}` : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {task.intervalDays} day{task.intervalDays === 1 ? '' : 's'}
                      </Table.Td>
                      <Table.Td>{task.lastDoneAt ? formatDateTime(task.lastDoneAt) : 'never'}</Table.Td>
                      <Table.Td>
                        {formatDateTime(task.dueAt)}{' '}
                        {task.overdue && (
                          <Badge color="red.9">
                            overdue {task.daysOverdue} day{task.daysOverdue === 1 ? '' : 's'}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Button size="compact-sm" variant="default" onClick={() => setLogging(task)}>
                          Done: {task.task}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </Loaded>
      </Paper>
      {canSchedule && <MaintenanceTaskForm onScheduled={saved} />}
      {logging && (
        <TaskDoneDialog
          task={logging}
          onClose={() => setLogging(undefined)}
          onDone={(message) => {
            setLogging(undefined);
            saved(message);
          }}
        />
      )}
    </Stack>
  );
}
