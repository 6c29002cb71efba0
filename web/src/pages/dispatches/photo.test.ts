import { scaledSize } from './photo';

describe('work photo size', () => {
  it('given a 4000×3000 camera photo, when scaled, then its longest side is 1280 and its shape is kept', () => {
    expect(scaledSize(4000, 3000)).toEqual({ width: 1280, height: 960 });
    expect(scaledSize(3000, 4000)).toEqual({ width: 960, height: 1280 });
  });

  it('given a small photo, when scaled, then it is never enlarged', () => {
    expect(scaledSize(640, 480)).toEqual({ width: 640, height: 480 });
  });
});
