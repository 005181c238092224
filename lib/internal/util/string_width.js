// eddy: column widths of code points >= U+007F, as Node 20 computes them with
// ICU (node_i18n.cc GetColumnWidth: East Asian Width F/W => 2, Emoji_Presentation
// => 2, Mn/Me/Cf/Cc (except U+00AD) or Emoji_Modifier => 0, else 1).
// Generated from node v20.20.2 (ICU 78.2, Unicode
// 17.0) so the result does not depend on the engine's
// Unicode tables. Each entry is <gap from previous range end, base 36>.<range
// length - 1, base 36><w = width 2 | z = width 0>; code points in no range
// have width 1.
'use strict';

const kData =
  '3j.wz,gw.33z,7n.6z,7b.18z,1.0z,1.1z,1.1z,1.0z,1k.5z,a.az,1.0z,1a.kz,g.0z,2t.7z,1.5z,2.1z,1.3z,x.0z,1.0z,u.qz,2j.az,1m.8z,9.0z,o.3z,1.8z,1.2z,1.4z,17.2z,1g.1z,5.8z,16.1kz,1j.0z,1.0z,4.7z,4.0z,3.6z,a.1z,t.0z,1m.0z,4.3z,8.0z,k.1z,q.0z,2.1z,1l.0z,4.1z,4.1z,2.2z,3.0z,u.1z,3.0z,b.1z,1l.0z,4.4z,1.1z,4.0z,k.1z,m.5z,1.0z,1m.0z,2.0z,1.3z,8.0z,7.1z,b.1z,u.0z,1p.0z,c.0z,1e.0z,3.0z,1j.0z,1.2z,5.2z,1.3z,7.1z,b.1z,t.0z,1m.0z,2.0z,6.0z,5.1z,k.1z,s.1z,1l.1z,4.3z,8.0z,k.1z,t.0z,20.0z,7.2z,1.0z,2i.0z,2.6z,c.7z,2q.0z,2.8z,b.6z,21.1z,r.0z,1.0z,1.0z,1j.dz,1.4z,1.1z,5.az,1.zz,9.0z,2u.3z,1.5z,1.1z,2.1z,p.1z,4.2z,g.3z,d.0z,2.1z,6.0z,f.0z,2q.2nw,e5.2z,qa.2z,t.1z,u.1z,u.1z,1s.1z,1.6z,8.0z,2.az,9.0z,19.4z,39.1z,y.0z,3a.2z,4.1z,9.0z,6.2z,63.1z,2.0z,1m.0z,1.6z,1.0z,1.0z,2.7z,6.9z,2.0z,1c.19z,2.bz,k.3z,1c.0z,1.4z,1.0z,5.0z,14.8z,c.1z,w.3z,2.1z,1.2z,1k.0z,1.1z,3.0z,1.2z,1m.7z,2.1z,48.2z,1.cz,1.6z,4.0z,6.0z,3.1z,5i.1rz,ej.4z,q.4z,1d.4z,1.9z,2o.wz,fd.1w,d.1w,5a.3w,3.0w,2.0w,eh.1w,l.1w,q.7w,g.bw,17.0w,a.5w,3.0w,d.0w,8.1w,h.1w,5.1w,8.0w,5.0w,l.0w,7.1w,1.0w,4.0w,2.0w,7.0w,4.1w,s.0w,z.0w,1.0w,4.2w,1.0w,1p.2w,o.0w,e.0w,nv.1w,1f.0w,4.0w,bd.2z,3x.0z,2o.vz,3k.pw,1.2gw,c.5xw,q.26w,2.2dw,2.2uw,5.16w,1.2lw,1.2dw,9.1bw,1.13w,8.mkcw,3.1iw,bs.3z,1.9z,w.1z,28.1z,7k.0z,3.0z,4.0z,p.1z,5.0z,47.1z,q.hz,d.0z,12.7z,p.az,e.sw,3.2z,1c.0z,2.3z,2.1z,13.0z,1v.5z,2.1z,2.1z,c.0z,8.0z,1b.0z,1f.0z,1.2z,2.1z,5.1z,1.0z,16.1z,8.0z,6m.0z,2.0z,4.0z,i.8mbw,6l8.e7w,u.0z,kh.fz,0.9w,6.fz,0.yw,1.iw,1.3w,43.0z,1.2nw,3j.6w,i.2z,e9.0z,6a.0z,45.4z,1ae.2z,1.1z,5.3z,14.2z,4.0z,4l.1z,fx.3z,1t.4z,8t.1z,25.5z,1y.az,1d.3z,3f.0z,1i.ez,15.0z,2.1z,a.2z,1d.3z,2.1z,2.0z,4.0z,a.0z,1e.2z,10.4z,1.7z,1q.0z,c.1z,1g.8z,a.3z,2.0z,2n.2z,2.0z,1.1z,6.0z,2.0z,4d.0z,3.7z,l.1z,1l.1z,3.0z,11.6z,3.4z,1y.5z,d.0z,1.0z,1.0z,e.1z,2d.7z,2.2z,1.0z,n.0z,2c.5z,1.0z,4.1z,1.1z,6m.3z,6.1z,1.1z,r.1z,2d.7z,2.0z,1.1z,2y.0z,1.0z,2.5z,1.0z,2t.0z,1.0z,2.3z,1.4z,77.8z,1.1z,74.1z,1.0z,4.0z,40.3z,2.1z,4.0z,w.9z,14.5z,2.3z,8.0z,9.5z,2.2z,1a.cz,1.1z,5i.0z,1.2z,1.0z,5l.6z,1.5z,1.0z,2a.lz,2.6z,1.1z,1.1z,3e.5z,3.0z,1.1z,1.6z,1.0z,20.1z,3.0z,1.0z,9n.1z,b.1z,1g.4z,5.0z,1.0z,n.0z,445.gz,6.ez,8ug.bz,3.2z,1xc.4z,1n.6z,t4.0z,1r.3z,25.4w,b.6w,9.5p1w,15.vw,2p.36w,6pp.3w,1.6w,1.1w,1.82w,f.0w,t.2w,2.0w,e.3w,8.azw,1wh.1z,1.3z,3mk.19z,2.mz,f4.2z,9.fz,2.6z,u.3z,44.2z,57.2ew,9.mw,1ah.1iz,4.1dz,8.0z,e.0z,m.4z,1.ez,11s.6z,1.gz,2.6z,1.1z,1.4z,2s.0z,4g.6z,af.0z,1p.3z,e4.3z,72.1z,6r.0z,2.0z,7.1z,5.0z,d6.6z,31.6z,1bt.0w,5m.0w,5a.0w,2.9w,23.sw,d.17w,4.8w,7.1w,e.5w,4a.ww,c.8w,1.1xw,1.lw,c.16w,4.4w,c.gw,3.0w,3.1yw,1.0w,1.56w,2.1qw,d.3w,1.nw,i.0w,q.1w,d.0w,2e.2cw,1c.1xw,6.0w,3.2w,2.3w,3.3w,b.1w,7.8w,6b.bw,4.0w,7v.1aw,1.9w,1.54w,34.cw,3.aw,3.1kw,1.0w,4.fw,2.bw,4.9w,zr.1ekdw,2.1ekdw,e1oj.0z,u.2nz,3k.6nz';

let starts;
let ends;
let widths;

function decode() {
  const items = kData.split(',');
  starts = new Int32Array(items.length);
  ends = new Int32Array(items.length);
  widths = new Uint8Array(items.length);
  let prev = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const dot = item.indexOf('.');
    const start = prev + parseInt(item.slice(0, dot), 36);
    const end = start + parseInt(item.slice(dot + 1, -1), 36);
    starts[i] = start;
    ends[i] = end;
    widths[i] = item[item.length - 1] === 'w' ? 2 : 0;
    prev = end + 1;
  }
}

// Column width of one code point (>= 0x7F; callers handle ASCII themselves).
function getCodePointWidth(code) {
  if (starts === undefined) decode();
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (code < starts[mid]) hi = mid - 1;
    else if (code > ends[mid]) lo = mid + 1;
    else return widths[mid];
  }
  return 1;
}

module.exports = { getCodePointWidth };
