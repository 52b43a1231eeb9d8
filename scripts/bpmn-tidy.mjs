#!/usr/bin/env node
// Tidies BPMN files the way Camunda Modeler saves them, so that hand edits of the XML leave a complete file:
//   * every flow node lists its incoming and outgoing sequence flows (bpmn:incoming / bpmn:outgoing),
//     taken from the flows' sourceRef / targetRef;
//   * every named element drawn with an external label (events, gateways, data objects, named flows) gets
//     bpmndi:BPMNLabel bounds where it has none; labels already there are kept as they are;
//   * the file is written back with bpmn-moddle's toXML({ format: true }), the serializer Camunda Modeler uses,
//     and names this script as its exporter.
//
// Usage: node scripts/bpmn-tidy.mjs [--check] FILE.bpmn...
//   --check  change nothing; exit 1 when a file is not tidy.

import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

import BpmnModdle from 'bpmn-moddle';

const require = createRequire(import.meta.url);
const camundaDescriptor = require('camunda-bpmn-moddle/resources/camunda.json');
const { version } = require('../package.json');

const EXPORTER = 'survey-workflow bpmn-tidy';
const EXPORTER_VERSION = version;

// bpmn-js draws external labels in 11px Arial, wrapped at 90px, 1.2 line height.
const FONT_SIZE = 11;
const LINE_HEIGHT = FONT_SIZE * 1.2;
const MAX_LABEL_WIDTH = 90;

// Advance widths of Arial (= Helvetica) in 1/1000 em, for printable ASCII from the space (32) on.
const ARIAL_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584
];

function textWidth(text) {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0);
    units += code >= 32 && code < 32 + ARIAL_WIDTHS.length ? ARIAL_WIDTHS[code - 32] : code > 0x2e7f ? 1000 : 556;
  }
  return units * FONT_SIZE / 1000;
}

/** The size of a label as bpmn-js lays it out: words wrapped at 90px. */
function labelSize(name) {
  const lines = [];
  for (const word of name.trim().split(/\s+/)) {
    const last = lines.length ? lines[lines.length - 1] : null;
    if (last !== null && textWidth(last + ' ' + word) < MAX_LABEL_WIDTH) {
      lines[lines.length - 1] = last + ' ' + word;
    } else {
      lines.push(word);
    }
  }
  return {
    width: Math.ceil(Math.max(...lines.map(textWidth))),
    height: Math.ceil(lines.length * LINE_HEIGHT)
  };
}

function is(element, type) {
  return element && typeof element.$instanceOf === 'function' && element.$instanceOf(type);
}

function isAny(element, types) {
  return types.some(type => is(element, type));
}

function hasExternalLabel(element) {
  return isAny(element, [
    'bpmn:Event', 'bpmn:Gateway', 'bpmn:DataStoreReference', 'bpmn:DataObjectReference',
    'bpmn:DataInput', 'bpmn:DataOutput', 'bpmn:SequenceFlow', 'bpmn:MessageFlow'
  ]);
}

function* flowElementContainers(definitions) {
  const pending = [ ...(definitions.rootElements || []).filter(element => is(element, 'bpmn:Process')) ];
  while (pending.length) {
    const container = pending.shift();
    yield container;
    pending.push(...(container.flowElements || []).filter(element => is(element, 'bpmn:SubProcess')));
  }
}

/** Lists each flow node's flows in bpmn:incoming / bpmn:outgoing, in the order the flows appear. */
function fillIncomingOutgoing(definitions, problems) {
  for (const container of flowElementContainers(definitions)) {
    const elements = container.flowElements || [];
    const flows = elements.filter(element => is(element, 'bpmn:SequenceFlow'));
    for (const flow of flows) {
      if (!is(flow.sourceRef, 'bpmn:FlowNode') || !is(flow.targetRef, 'bpmn:FlowNode')) {
        problems.push(`sequence flow ${flow.id} lacks a sourceRef or targetRef flow node`);
      }
    }
    for (const node of elements.filter(element => is(element, 'bpmn:FlowNode'))) {
      node.set('incoming', flows.filter(flow => flow.targetRef === node));
      node.set('outgoing', flows.filter(flow => flow.sourceRef === node));
    }
  }
}

function centre(bounds) {
  return { x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 };
}

const GAP = 5;

/** Where a named flow's label may go, best first: beside its first segment, near the point it leaves its source. */
function flowLabelCandidates(waypoints, size) {
  const [ start, next ] = waypoints;
  const dx = next.x - start.x, dy = next.y - start.y;
  if (Math.abs(dx) >= Math.abs(dy)) {
    const room = Math.abs(dx);
    const x = room >= size.width + 2 * (GAP + 3)
      ? (dx >= 0 ? start.x + GAP + 3 : start.x - GAP - 3 - size.width)
      : start.x + dx / 2 - size.width / 2;
    return [ { x, y: start.y - GAP - size.height }, { x, y: start.y + GAP } ];
  }
  const room = Math.abs(dy);
  const y = room >= size.height + 2 * (GAP + 3)
    ? (dy >= 0 ? start.y + GAP + 3 : start.y - GAP - 3 - size.height)
    : start.y + dy / 2 - size.height / 2;
  return [ { x: start.x + GAP, y }, { x: start.x - GAP - size.width, y } ];
}

/**
 * Where a shape's external label may go, best first: centred below it, where Camunda Modeler puts it, then above
 * it, then in the corners beside it. A boundary event whose flow leaves straight through the spot below it first
 * tries beside that flow, on the side the flow does not turn to.
 */
function shapeLabelCandidates(element, bounds, size, edgesByElement) {
  const { x: cx } = centre(bounds);
  const top = bounds.y, bottom = bounds.y + bounds.height;
  const candidates = [
    { x: cx - size.width / 2, y: bottom + 7 },
    { x: cx - size.width / 2, y: top - 7 - size.height },
    { x: cx - GAP - size.width, y: top - GAP - size.height },
    { x: cx + GAP, y: top - GAP - size.height },
    { x: cx - GAP - size.width, y: bottom + GAP },
    { x: cx + GAP, y: bottom + GAP }
  ];
  const flow = is(element, 'bpmn:BoundaryEvent') && (element.outgoing || []).find(outgoing => edgesByElement.has(outgoing));
  const waypoints = flow ? edgesByElement.get(flow).waypoint || [] : [];
  if (waypoints.length >= 2 && waypoints[0].x === waypoints[1].x) {
    const down = waypoints[1].y > waypoints[0].y;
    const turnsRight = waypoints.length > 2 && waypoints[2].x > waypoints[1].x;
    candidates.unshift({
      x: turnsRight ? cx + GAP : cx - GAP - size.width,
      y: down ? bottom + 4 : top - 4 - size.height
    });
  }
  return candidates;
}

/** What a label must keep clear of: shapes, flows and the labels already placed. */
class Obstacles {

  constructor(diElements) {
    this.boxes = [];
    for (const di of diElements) {
      if (di.bounds) {
        this.boxes.push(di.bounds);
      }
      if (di.label && di.label.bounds) {
        this.boxes.push(di.label.bounds);
      }
      const waypoints = di.waypoint || [];
      for (let i = 1; i < waypoints.length; i++) {
        const [ a, b ] = [ waypoints[i - 1], waypoints[i] ];
        this.boxes.push({
          x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y)
        });
      }
    }
  }

  /** True when the box overlaps an obstacle by more than 2px, the slack text leaves inside its bounds. */
  hit(box) {
    const slack = 2;
    return this.boxes.some(other =>
      box.x + slack < other.x + other.width && other.x + slack < box.x + box.width &&
      box.y + slack < other.y + other.height && other.y + slack < box.y + box.height);
  }

  add(box) {
    this.boxes.push(box);
  }
}

/** The first candidate clear of every obstacle; the first candidate if none is. */
function place(candidates, size, obstacles) {
  const boxes = candidates.map(({ x, y }) => ({ x: Math.round(x), y: Math.round(y), ...size }));
  const box = boxes.find(candidate => !obstacles.hit(candidate)) || boxes[0];
  obstacles.add(box);
  return box;
}

/**
 * Adds label bounds to every DI shape or edge of a named element with an external label that has none: shapes'
 * labels first, then flows'.
 */
function addMissingLabels(moddle, definitions) {
  for (const diagram of definitions.diagrams || []) {
    const diElements = (diagram.plane && diagram.plane.planeElement) || [];
    const edgesByElement = new Map(diElements.filter(di => is(di, 'bpmndi:BPMNEdge')).map(di => [ di.bpmnElement, di ]));
    const obstacles = new Obstacles(diElements);
    const unlabelled = diElements.filter(di => {
      const element = di.bpmnElement;
      return element && (element.name || '').trim() && hasExternalLabel(element) && !(di.label && di.label.bounds);
    });
    const shapes = unlabelled.filter(di => is(di, 'bpmndi:BPMNShape') && di.bounds);
    const edges = unlabelled.filter(di => is(di, 'bpmndi:BPMNEdge') && (di.waypoint || []).length >= 2);
    for (const di of [ ...shapes, ...edges ]) {
      const size = labelSize(di.bpmnElement.name);
      const candidates = di.bounds
        ? shapeLabelCandidates(di.bpmnElement, di.bounds, size, edgesByElement)
        : flowLabelCandidates(di.waypoint, size);
      di.label = moddle.create('bpmndi:BPMNLabel', {
        bounds: moddle.create('dc:Bounds', place(candidates, size, obstacles))
      });
    }
  }
}

async function tidy(xml) {
  const moddle = new BpmnModdle({ camunda: camundaDescriptor });
  const { rootElement: definitions, warnings } = await moddle.fromXML(xml, 'bpmn:Definitions');
  const problems = warnings.map(warning => warning.message);
  fillIncomingOutgoing(definitions, problems);
  addMissingLabels(moddle, definitions);
  definitions.set('exporter', EXPORTER);
  definitions.set('exporterVersion', EXPORTER_VERSION);
  const { xml: tidied } = await moddle.toXML(definitions, { format: true });
  return { xml: tidied.endsWith('\n') ? tidied : tidied + '\n', problems };
}

async function main(args) {
  const check = args.includes('--check');
  const files = args.filter(arg => arg !== '--check');
  if (!files.length) {
    console.error('Usage: node scripts/bpmn-tidy.mjs [--check] FILE.bpmn...');
    return 2;
  }
  let status = 0;
  for (const file of files) {
    const original = await readFile(file, 'utf8');
    const { xml, problems } = await tidy(original);
    if (problems.length) {
      problems.forEach(problem => console.error(`${file}: ${problem}`));
      status = 1;
      continue;
    }
    if (xml === original) {
      console.log(`${file}: tidy`);
    } else if (check) {
      console.error(`${file}: not tidy; run node scripts/bpmn-tidy.mjs ${file}`);
      status = 1;
    } else {
      await writeFile(file, xml);
      console.log(`${file}: tidied`);
    }
  }
  return status;
}

process.exitCode = await main(process.argv.slice(2));
