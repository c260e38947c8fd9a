import { describe, expect, it } from 'vitest';
import { blocksOf, markdownOf, plainText, tagsOf, UnsupportedMarkup, withBlocks } from '../../src/translation/blocks.ts';

const BODY = `## What was done

[Nepal](country:NPL) has **22** gauges\nand \`LoRaWAN\` links.

- first *item*
- second

| Year | Note |
| --- | --- |
| 2019 | a [b](resource:x) |
`;

describe('translation blocks', () => {
  it('splits a body into headings, paragraphs, list items and table cells, with inline Markdown as tags', () => {
    const blocks = blocksOf(BODY);
    expect(blocks.map((block) => `${block.kind}:${plainText(block.inline)}`)).toEqual([
      'heading:What was done',
      'paragraph:Nepal has 22 gauges and  links.',
      'paragraph:first item',
      'paragraph:second',
      'cell:Year',
      'cell:Note',
      'cell:2019',
      'cell:a b',
    ]);
    expect(tagsOf(blocks[1]!.inline).map((tag) => [tag.id, tag.kind, tag.start, tag.end])).toEqual([
      ['1', 'link', '[', '](country:NPL)'],
      ['2', 'format', '**', '**'],
      ['3', 'code', '`LoRaWAN`', undefined],
    ]);
  });

  it('gives back the English byte for byte when each block is replaced by its own text', () => {
    const blocks = blocksOf(BODY);
    const same = new Map(blocks.map((block) => [block.id, markdownOf(block.inline, block.kind)]));
    expect(withBlocks(BODY, blocks, same)).toBe(BODY.replace('gauges\nand', 'gauges and'));
  });

  it('escapes what Markdown would read as structure or markup in a translation', () => {
    expect(markdownOf(['1. Punkt * und _ [x] {y} <z>'], 'paragraph')).toBe('1\\. Punkt \\* und \\_ \\[x\\] \\{y\\} \\<z\\>');
    expect(markdownOf(['# not a heading'], 'paragraph')).toBe('\\# not a heading');
    expect(markdownOf(['a | b'], 'cell')).toBe('a \\| b');
    expect(markdownOf(['see!', { id: '1', kind: 'link', start: '[', end: '](country:NPL)', children: ['Nepal'] }], 'paragraph')).toBe(
      'see\\![Nepal](country:NPL)',
    );
    const translated = `${markdownOf(['- 5 % * 2'], 'paragraph')}\n`;
    expect(blocksOf(translated).map((block) => [block.kind, plainText(block.inline)])).toEqual([['paragraph', '- 5 % * 2']]);
  });

  it('refuses a body that uses a component, which no CAT tool can be given', () => {
    expect(() => blocksOf('Text with <Figure src="x" />.\n')).toThrow(UnsupportedMarkup);
  });
});
