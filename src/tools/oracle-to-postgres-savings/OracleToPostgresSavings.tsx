/** The Oracle to PostgreSQL savings island: the kit's shell around this tool's model. */
import { LineChart } from '../../components/tool-kit/LineChart';
import { ToolShell } from '../../components/tool-kit/ToolShell';
import type { ToolIslandProps } from '../../lib/tool-kit/tool';
import { oracleModel } from './model';

export default function OracleToPostgresSavings(props: ToolIslandProps) {
  return <ToolShell definition={oracleModel} {...props} LineChart={LineChart} />;
}
