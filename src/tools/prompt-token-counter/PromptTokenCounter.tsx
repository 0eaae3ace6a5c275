/** The prompt token counter island: the kit's shell, with the text box above it feeding the worker's counts. */
import { useState } from 'preact/hooks';
import { CatalogNote } from '../../components/ai-tools/CatalogNote';
import { ListInput } from '../../components/tool-kit/ListInput';
import { ToolShell } from '../../components/tool-kit/ToolShell';
import type { ToolIslandProps } from '../../lib/tool-kit/tool';
import { methodsFor, promptCostModel, type Counted } from './model';
import { PromptBox } from './PromptBox';

export default function PromptTokenCounter(props: ToolIslandProps) {
  const [counted, setCounted] = useState<Counted | null>(null);
  return (
    <ToolShell
      definition={promptCostModel}
      {...props}
      extra={counted}
      note={<CatalogNote />}
      ListInput={ListInput}
      lead={(values) => <PromptBox idPrefix={props.instanceId} methods={methodsFor(values)} onCounted={setCounted} />}
    />
  );
}
