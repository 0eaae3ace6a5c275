/** The SQL Server licensing island: the kit's shell, and a link to commit on the compute in the reservation tool. */
import { ToolShell } from '../../components/tool-kit/ToolShell';
import { toolPath } from '../../lib/tool-kit/embed';
import type { ToolIslandProps } from '../../lib/tool-kit/tool';
import { computeLicensing, licensingModel } from './model';
import type { Inputs } from './schema';

/** Reservations cover compute only: the reservation tool starts from this fleet's compute a month. */
function ReserveLink({ values }: { values: Inputs }) {
  const compute = Math.round(computeLicensing(values).compute);
  const href = toolPath('reserved-instance-roi', compute >= 1 ? `source=custom&unit=month&price=${compute}&qty=1` : '');
  return (
    <p>
      Licence decided? Reservations discount the compute only: <a href={href}>see whether reserving pays off</a>.
    </p>
  );
}

export default function SqlServerLicensing(props: ToolIslandProps) {
  return <ToolShell definition={licensingModel} {...props} note={(values) => <ReserveLink values={values} />} />;
}
