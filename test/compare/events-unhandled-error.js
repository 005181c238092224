// emit('error') with no listener: the error, then where it was emitted.
'use strict';
const EventEmitter = require('events');
class Sensor extends EventEmitter {}
const sensor = new Sensor();
function report() {
  sensor.emit('error', new Error('sensor failed'));
}
report();
