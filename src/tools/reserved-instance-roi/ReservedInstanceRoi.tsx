/** The Reserved Instance ROI island: the kit's shell around this tool's model. */
import { LineChart } from '../../components/tool-kit/LineChart';
import { ToolShell } from '../../components/tool-kit/ToolShell';
import { toolPath } from '../../lib/tool-kit/embed';
import type { ToolIslandProps } from '../../lib/tool-kit/tool';
import { reservedInstanceModel } from './model';

/** Reservations discount compute only: a SQL Server licence is decided before committing. */
const LicenceFirst = (
  <p>
    Running SQL Server? Decide the licence before you commit:{' '}
    <a href={toolPath('sql-server-licensing', '')}>SQL Server cloud licensing calculator</a>.
  </p>
);

export default function ReservedInstanceRoi(props: ToolIslandProps) {
  return <ToolShell definition={reservedInstanceModel} {...props} note={LicenceFirst} LineChart={LineChart} />;
}
