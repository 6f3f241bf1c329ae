//! A two-entry valid/ready buffer whose input reaches its flip-flops with no logic on the way.
//!
//! The two registers are filled in turn, each with a clock enable only, and read in turn. A
//! slow source (block RAM, whose clock-to-output is most of a 125 MHz cycle on the ECP5) then
//! has the whole rest of the cycle for routing. A skid buffer's main register would put a
//! multiplexer there (its input or its skid register). `in_ready` and `out_valid` come from
//! flip-flops; `out_data` is one multiplexer after them. One item a cycle passes through.

use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct PingPongBuffer<T: Synth> {
    pub clock: Signal<In, Clock>,
    /// Synchronous, active high: empties the buffer.
    pub reset: Signal<In, Bit>,
    pub in_data: Signal<In, T>,
    pub in_valid: Signal<In, Bit>,
    pub in_ready: Signal<Out, Bit>,
    pub out_data: Signal<Out, T>,
    pub out_valid: Signal<Out, Bit>,
    pub out_ready: Signal<In, Bit>,
    ping: DFF<T>,
    pong: DFF<T>,
    /// The next item goes into `pong` / comes out of `pong`.
    write_pong: DFF<Bit>,
    read_pong: DFF<Bit>,
    /// At least one item is held; both are.
    holds_item: DFF<Bit>,
    full: DFF<Bit>,
    /// `full`'s complement, a second flip-flop for the writer's side (timing: `full` stays by the
    /// two registers, this one by the writer, which may be far away; the complement keeps
    /// synthesis from merging the two).
    accepting: DFF<Bit>,
    push: Signal<Local, Bit>,
    pop: Signal<Local, Bit>,
}

impl<T: Synth> Logic for PingPongBuffer<T> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, ping, pong, write_pong, read_pong, holds_item, full, accepting);
        self.in_ready.next = self.accepting.q.val();
        self.out_valid.next = self.holds_item.q.val();
        self.out_data.next = self.ping.q.val();
        if self.read_pong.q.val() {
            self.out_data.next = self.pong.q.val();
        }
        self.push.next = self.in_valid.val() & !self.full.q.val();
        self.pop.next = self.out_ready.val() & self.holds_item.q.val();
        if self.push.val() {
            if self.write_pong.q.val() {
                self.pong.d.next = self.in_data.val();
            } else {
                self.ping.d.next = self.in_data.val();
            }
            self.write_pong.d.next = !self.write_pong.q.val();
        }
        if self.pop.val() {
            self.read_pong.d.next = !self.read_pong.q.val();
        }
        // One item more: one is held, and both if one was already. One fewer: the reverse.
        if self.push.val() & !self.pop.val() {
            self.holds_item.d.next = true;
            self.full.d.next = self.holds_item.q.val();
        }
        if self.pop.val() & !self.push.val() {
            self.full.d.next = false;
            self.holds_item.d.next = self.full.q.val();
        }
        if self.reset.val() {
            self.write_pong.d.next = false;
            self.read_pong.d.next = false;
            self.holds_item.d.next = false;
            self.full.d.next = false;
        }
        self.accepting.d.next = !self.full.d.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    /// Items in, with `in_valid` and `out_ready` each high with the given chance in 256 (a fixed
    /// xorshift stream per side): returns the items out and the cycles taken.
    fn run(valid_chance: u64, ready_chance: u64, seed: u64) -> (Vec<u64>, u64) {
        const ITEMS: u64 = 300;
        let out = Arc::new(Mutex::new((Vec::new(), 0u64)));
        let mut uut = PingPongBuffer::<Bits<16>>::default();
        uut.clock.connect();
        uut.reset.connect();
        uut.in_data.connect();
        uut.in_valid.connect();
        uut.out_ready.connect();
        uut.connect_all();
        let mut sim = Simulation::new();
        sim.add_clock(5, |x: &mut Box<PingPongBuffer<Bits<16>>>| x.clock.next = !x.clock.val());
        let result = out.clone();
        sim.add_testbench(move |mut sim: Sim<PingPongBuffer<Bits<16>>>| {
            let mut x = sim.init()?;
            let mut state = seed | 1;
            let mut roll = move |chance: u64| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state % 256 < chance
            };
            x.reset.next = true;
            wait_clock_cycles!(sim, clock, x, 3);
            x.reset.next = false;
            let (mut sent, mut cycles, mut received) = (0u64, 0u64, Vec::new());
            while (received.len() as u64) < ITEMS && cycles < 100 * ITEMS {
                x.in_valid.next = sent < ITEMS && roll(valid_chance);
                x.in_data.next = (sent * 7 + 1).to_bits();
                x.out_ready.next = roll(ready_chance);
                wait_clock_false!(sim, clock, x);
                // Both handshakes as they stand just before the edge.
                let taken_in = x.in_valid.val() & x.in_ready.val();
                if x.out_valid.val() & x.out_ready.val() {
                    received.push(x.out_data.val().index() as u64);
                }
                wait_clock_true!(sim, clock, x);
                sent += taken_in as u64;
                cycles += 1;
            }
            *result.lock().unwrap() = (received, cycles);
            sim.done(x)
        });
        sim.run(Box::new(uut), 10 * 100 * ITEMS * 2).unwrap();
        Arc::try_unwrap(out).ok().unwrap().into_inner().unwrap()
    }

    #[test]
    fn every_item_leaves_once_in_order_at_one_a_cycle() {
        let expected: Vec<u64> = (0..300).map(|i| i * 7 + 1).collect();
        for (valid, ready, seed) in [(256, 256, 1), (128, 256, 2), (256, 64, 3), (100, 100, 4), (230, 30, 5)] {
            let (received, cycles) = run(valid, ready, seed);
            assert_eq!(received, expected, "in_valid {valid}/256, out_ready {ready}/256, seed {seed}");
            if valid == 256 && ready == 256 {
                assert!(cycles <= 300 + 2, "always valid and ready: {cycles} cycles for 300 items");
            }
        }
    }
}
