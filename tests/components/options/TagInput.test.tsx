// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { addEntries, splitEntries, TagInput } from '../../../components/shared/TagInput';

afterEach(cleanup);

describe('splitEntries', () => {
  it.each([
    ['grant writing', ['grant writing']],
    ['a, b ,c', ['a', 'b', 'c']],
    ['a\nb;c', ['a', 'b', 'c']],
    ['  many   inner   spaces ', ['many inner spaces']],
    [',,, ;\n', []],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(splitEntries(text)).toEqual(expected);
  });

  it('cuts an entry longer than the limit instead of refusing it', () => {
    expect(splitEntries('x'.repeat(10_000), 500)[0]).toHaveLength(500);
  });
});

describe('addEntries', () => {
  it.each([
    [[], ['a'], ['a']],
    [['Python'], ['python', 'R'], ['Python', 'R']],
    [['a'], ['b', 'B', 'c'], ['a', 'b', 'c']],
  ])('%j + %j → %j', (values, added, expected) => {
    expect(addEntries(values, added)).toEqual(expected);
  });

  it('stops at the maximum count', () => {
    const many = Array.from({ length: 500 }, (_, i) => `k${i}`);
    expect(addEntries([], many, 200)).toHaveLength(200);
  });
});

function Harness({ initial = [] as string[] }) {
  const [values, setValues] = useState(initial);
  return (
    <>
      <TagInput id="t" label="Keywords" values={values} onChange={setValues} />
      <output data-testid="values">{JSON.stringify(values)}</output>
    </>
  );
}
const values = () => JSON.parse(screen.getByTestId('values').textContent ?? '[]');

describe('TagInput', () => {
  it('Enter adds, Backspace on an empty box removes the last, blur keeps what was typed', () => {
    render(<Harness initial={['one']} />);
    const input = screen.getByLabelText('Keywords');
    fireEvent.input(input, { target: { value: 'two' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(values()).toEqual(['one', 'two']);
    fireEvent.keyDown(input, { key: 'Backspace' });
    expect(values()).toEqual(['one']);
    fireEvent.input(input, { target: { value: 'typed then left' } });
    fireEvent.blur(input);
    expect(values()).toEqual(['one', 'typed then left']);
  });

  it('a pasted list becomes several chips', () => {
    render(<Harness />);
    const input = screen.getByLabelText('Keywords');
    fireEvent.input(input, { target: { value: 'x' } });
    fireEvent.paste(input, { clipboardData: { getData: () => 'a\nb\r\nc' } });
    expect(values()).toEqual(['x', 'a', 'b', 'c']);
    fireEvent.input(input, { target: { value: 'd; e' } });
    expect(values()).toEqual(['x', 'a', 'b', 'c', 'd', 'e']);
  });

  it('chips show hostile text as text, and each has a remove button named after it', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    render(<Harness initial={[hostile]} />);
    expect(document.querySelector('.chips img')).toBeNull();
    expect(document.querySelector('.chip-text')?.textContent).toBe(hostile);
    fireEvent.click(screen.getByRole('button', { name: `Remove ${hostile}` }));
    expect(values()).toEqual([]);
  });
});
