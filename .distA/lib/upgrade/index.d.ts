export * from './address-map';
export * from './moves';
export * from './upgrade-moves';
export * from './record';
