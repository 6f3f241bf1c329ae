//! The host driver against the verilated control plane: registers by name through the UART
//! bridge (bit by bit) and the direct bus port, bursts split into frames, a link that garbles
//! frames both ways, and clear errors.

use nic_hdl::bridge::protocol::Status;
use nic_hdl::registers::map::{BRIDGE, ID, MAGIC, POWER};
use nic_sim::bridge::device::SimulatedDevice;
use nicctl::driver::{ByteLink, Device, DriverError, FramedTransport, SimulatedBus, SimulatedUart, Transport};

fn uart_device() -> Device<FramedTransport<SimulatedUart>> {
    Device::open(FramedTransport::new(SimulatedUart { device: SimulatedDevice::new() })).unwrap()
}

#[test]
fn registers_by_name_through_both_simulated_transports() {
    let mut uart = uart_device();
    let mut bus = Device::open(SimulatedBus { device: SimulatedDevice::new() }).unwrap();
    for (i, value) in [0xdead_beef_u32, 0, 0x1234_5678].into_iter().enumerate() {
        uart.write("id.scratch", value).unwrap();
        bus.write("ID.SCRATCH", value ^ i as u32).unwrap();
        assert_eq!((uart.read("id.SCRATCH").unwrap(), bus.read("id.SCRATCH").unwrap()), (value, value ^ i as u32));
    }
    assert_eq!(uart.read("id.magic").unwrap(), MAGIC);
    let power = uart.read_block(&POWER).unwrap();
    assert_eq!(power.len(), POWER.registers.len());
    assert!(matches!(uart.read("power.nonsense"), Err(DriverError::UnknownRegister(_))));
    // A burst longer than one frame (64 words) is split; running into unmapped space is refused
    // after the ID block's registers.
    let id_words = ID.registers.len();
    match uart.transport.read(ID.base, 70) {
        Err(DriverError::Device { status: Status::BusError, address: 0, words_done }) if words_done as usize == id_words => {}
        other => panic!("{other:?}, expected a bus error after the ID block's {id_words} words"),
    }
    match bus.transport.read(0x0400, 1) {
        Err(DriverError::Device { status: Status::BusError, address: 0x0400, .. }) => {}
        other => panic!("{other:?}"),
    }
    // Every frame so far was executed once: the bridge counted no trouble.
    let counters = uart.read_block(&BRIDGE).unwrap();
    let bad: u32 = counters.iter().filter(|(name, _)| *name != "FRAMES_OK" && *name != "BUS_ERRORS").map(|(_, v)| v).sum();
    assert_eq!(bad, 0, "{counters:?}");
}

/// A link that flips one bit of every `requests_every`-th frame sent and of every
/// `answers_every`-th answer (0: never).
struct Garbling<L: ByteLink> {
    inner: L,
    requests_every: usize,
    answers_every: usize,
    sent: usize,
    received: usize,
}

impl<L: ByteLink> ByteLink for Garbling<L> {
    fn send(&mut self, bytes: &[u8]) -> Result<(), DriverError> {
        self.sent += 1;
        let mut bytes = bytes.to_vec();
        if self.requests_every != 0 && self.sent % self.requests_every == 0 {
            let at = 1 + self.sent % (bytes.len() - 1); // never the sync byte: the frame must arrive
            bytes[at] ^= 0x10;
        }
        self.inner.send(&bytes)
    }

    fn receive(&mut self, buffer: &mut Vec<u8>, want: usize) -> Result<bool, DriverError> {
        let before = buffer.len();
        let got = self.inner.receive(buffer, want)?;
        if self.answers_every != 0 && before == 0 && buffer.len() >= 3 {
            self.received += 1;
            if self.received % self.answers_every == 0 {
                let last = buffer.len() - 1;
                buffer[last] ^= 0x01;
            }
        }
        Ok(got)
    }

    fn idle_gap(&mut self) -> Result<(), DriverError> {
        self.inner.idle_gap()
    }
}

#[test]
fn garbled_requests_are_retried_and_garbled_answers_to_writes_are_reported() {
    let link = Garbling { inner: SimulatedUart { device: SimulatedDevice::new() }, requests_every: 3, answers_every: 0, sent: 0, received: 0 };
    let mut device = Device::open(FramedTransport::new(link)).unwrap();
    for value in 0..12u32 {
        device.write("id.SCRATCH", value * 7).unwrap();
        assert_eq!(device.read("id.SCRATCH").unwrap(), value * 7);
    }
    assert!(device.transport.retries >= 6, "retries: {}", device.transport.retries);
    let bad_checksums = device.read("bridge.BAD_CHECKSUM").unwrap() + device.read("bridge.BAD_COMMAND").unwrap();
    assert!(bad_checksums >= 6, "the bridge refused the garbled frames: {bad_checksums}");

    // Garbled answers: reads are retried; a write's lost answer is an error, not a retry.
    let link = Garbling { inner: SimulatedUart { device: SimulatedDevice::new() }, requests_every: 0, answers_every: 0, sent: 0, received: 0 };
    let mut device = Device::open(FramedTransport::new(link)).unwrap();
    device.transport.link.answers_every = 2;
    device.transport.link.received = 1; // the next answer is garbled, the one after it not
    assert_eq!(device.read("id.MAGIC").unwrap(), MAGIC, "the read is retried");
    assert_eq!(device.transport.retries, 1);
    let outcome = device.write("id.SCRATCH", 5);
    assert!(matches!(outcome, Err(DriverError::Garbled(_))), "{outcome:?}");
}

#[test]
fn a_device_that_is_not_ours_is_refused() {
    struct Stranger;
    impl Transport for Stranger {
        fn read(&mut self, _: u16, words: usize) -> Result<Vec<u32>, DriverError> {
            Ok(vec![0x1234; words])
        }
        fn write(&mut self, _: u16, _: &[u32]) -> Result<(), DriverError> {
            Ok(())
        }
    }
    let error = Device::open(Stranger).err().unwrap();
    assert!(error.to_string().contains("not a compatible device"), "{error}");
}
