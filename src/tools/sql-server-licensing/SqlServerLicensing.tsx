/**
 * The SQL Server licensing island: the kit's shell, a link to commit on the compute in the reservation tool, and
 * the caveats that apply to the workloads entered (long sentences read better as a list than as table cells).
 */
import { StackedBarChart } from '../../components/tool-kit/StackedBarChart';
import { whatIfParts } from '../../components/tool-kit/Compare';
import { ListInput } from '../../components/tool-kit/ListInput';
import { LineChart } from '../../components/tool-kit/LineChart';
import { ToolShell } from '../../components/tool-kit/ToolShell';
import { toolPath } from '../../lib/tool-kit/embed';
import type { ToolIslandProps } from '../../lib/tool-kit/tool';
import { caveats, computeLicensing, licensingModel } from './model';
import type { Inputs } from './schema';
import './caveats.css';

function Note({ values }: { values: Inputs }) {
  const numbers = computeLicensing(values);
  const compute = Math.round(numbers.compute);
  // Reservations cover compute only: the reservation tool starts from this fleet's compute a month.
  const href = toolPath('reserved-instance-roi', compute >= 1 ? `source=custom&unit=month&price=${compute}&qty=1` : '');
  const list = caveats(numbers);
  return (
    <>
      <p>
        Licence decided? Reservations discount the compute only:{' '}
        <a href={href} data-link="reserve">
          see whether reserving pays off
        </a>
        .
      </p>
      <details class="kit-caveats" data-caveats>
        <summary>Caveats ({list.length})</summary>
        <dl>
          {list.map((caveat) => (
            <div key={caveat.key} data-caveat={caveat.key}>
              <dt>{caveat.topic}</dt>
              <dd>{caveat.text}</dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );
}

export default function SqlServerLicensing(props: ToolIslandProps) {
  return (
    <ToolShell
      definition={licensingModel}
      {...props}
      note={(values) => <Note values={values} />}
      BarChart={StackedBarChart}
      LineChart={LineChart}
      whatIf={whatIfParts}
      ListInput={ListInput}
    />
  );
}
