// control_plane: generated from RustHDL by nic-hdl. Do not edit; regenerate with
// `cargo run -p nicctl -- emit --out hdl/verilog`.


module control_plane(clock,reset,uart_rx,uart_tx,direct_enable,direct_request,direct_write,direct_address,direct_write_data,direct_done,direct_read_data,direct_error,ac_ok,orderly_shutdown,backup_ok,pg,bios_vault_done,bios_vault_failed,power_button,rail_en,cpu_reboot,power_off_flag,power_fault,ext_request,ext_write,ext_address,ext_write_data,ext_ack,ext_read_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  uart_rx;
    output reg  uart_tx;
    input wire  direct_enable;
    input wire  direct_request;
    input wire  direct_write;
    input wire  [15:0] direct_address;
    input wire  [31:0] direct_write_data;
    output reg  direct_done;
    output reg  [31:0] direct_read_data;
    output reg  direct_error;
    input wire  ac_ok;
    input wire  orderly_shutdown;
    input wire  backup_ok;
    input wire  [7:0] pg;
    input wire  bios_vault_done;
    input wire  bios_vault_failed;
    input wire  power_button;
    output reg  [7:0] rail_en;
    output reg  cpu_reboot;
    output reg  power_off_flag;
    output reg  power_fault;
    output reg  ext_request;
    output reg  ext_write;
    output reg  [15:0] ext_address;
    output reg  [31:0] ext_write_data;
    input wire  ext_ack;
    input wire  [31:0] ext_read_data;
    
    // Constant declarations
    localparam  magic = 32'h4e494331;
    localparam  map_version = 32'h10001;
    localparam  clock_hz = 32'h0;
    localparam  blocks = 32'h7;
    localparam  id_magic = 16'h0;
    localparam  id_version = 16'h1;
    localparam  id_scratch = 16'h2;
    localparam  id_clock_hz = 16'h3;
    localparam  id_blocks = 16'h4;
    localparam  bridge_first = 16'h100;
    localparam  ext_first = 16'h300;
    localparam  bridge_end = 16'h107;
    localparam  power_status = 16'h200;
    localparam  power_rail_enable = 16'h201;
    localparam  power_rail_power_good = 16'h202;
    localparam  power_fault_rails = 16'h203;
    localparam  power_vault_count = 16'h204;
    localparam  power_last_vault_cycles = 16'h205;
    localparam  power_watchdog_expiries = 16'h206;
    localparam  power_vault_elapsed = 16'h207;
    localparam  power_control = 16'h208;
    localparam  power_pg_watched = 16'h209;
    localparam  power_rail_index = 16'h20a;
    localparam  power_step_cycles = 16'h20b;
    localparam  flag_bit = 32'h10;
    localparam  ac_good_bit = 32'h20;
    localparam  fault_bit = 32'h40;
    localparam  pg_timeout_bit = 32'h80;
    localparam  pg_lost_bit = 32'h100;
    localparam  vault_impossible_bit = 32'h200;
    localparam  vault_failed_bit = 32'h400;
    localparam  watchdog_expired_bit = 32'h800;
    localparam  cpu_reboot_bit = 32'h1000;
    localparam  code_off = 4'h0;
    localparam  code_power_on = 4'h1;
    localparam  code_run = 4'h2;
    localparam  code_shutdown = 4'h3;
    localparam  code_shed = 4'h4;
    localparam  code_set_flag = 4'h5;
    localparam  code_reboot = 4'h6;
    localparam  code_vault_wait = 4'h7;
    localparam  code_vault_off = 4'h8;
    localparam  code_ac_wait = 4'h9;
    localparam  code_fault = 4'ha;
    localparam  code_unknown = 4'hf;
    localparam  word_zero = 32'h0;
    localparam  control_none = 5'b0;
    
    // Enums
    localparam PowerState$Off = 0;
    localparam PowerState$PowerOn = 1;
    localparam PowerState$Run = 2;
    localparam PowerState$Shutdown = 3;
    localparam PowerState$Shed = 4;
    localparam PowerState$SetFlag = 5;
    localparam PowerState$Reboot = 6;
    localparam PowerState$VaultWait = 7;
    localparam PowerState$VaultOff = 8;
    localparam PowerState$AcWait = 9;
    localparam PowerState$Fault = 10;
    localparam ControlRegister$Unmapped = 0;
    localparam ControlRegister$Magic = 1;
    localparam ControlRegister$Version = 2;
    localparam ControlRegister$Scratch = 3;
    localparam ControlRegister$ClockHz = 4;
    localparam ControlRegister$Blocks = 5;
    localparam ControlRegister$BridgeCounter = 6;
    localparam ControlRegister$PowerStatus = 7;
    localparam ControlRegister$RailEnable = 8;
    localparam ControlRegister$RailPowerGood = 9;
    localparam ControlRegister$FaultRails = 10;
    localparam ControlRegister$VaultCount = 11;
    localparam ControlRegister$LastVaultCycles = 12;
    localparam ControlRegister$WatchdogExpiries = 13;
    localparam ControlRegister$VaultElapsed = 14;
    localparam ControlRegister$PgWatched = 15;
    localparam ControlRegister$RailIndex = 16;
    localparam ControlRegister$StepCycles = 17;
    localparam ControlRegister$PowerControl = 18;
    localparam ControlRegister$External = 19;
    
    // Stub signals
    reg  bridge$clock;
    reg  bridge$reset;
    reg  bridge$rx;
    wire  bridge$tx;
    wire  bridge$bus_request;
    wire  bridge$bus_write;
    wire  [15:0] bridge$bus_address;
    wire  [31:0] bridge$bus_write_data;
    reg  bridge$bus_done;
    reg  [31:0] bridge$bus_read_data;
    reg  bridge$bus_error;
    reg  [4:0] bridge$counter_read_index;
    wire  [31:0] bridge$counter_read_value;
    reg  power$clock;
    reg  power$reset;
    reg  power$ac_ok;
    reg  power$orderly_shutdown;
    reg  power$backup_ok;
    reg  [7:0] power$pg;
    reg  power$bios_vault_done;
    reg  power$bios_vault_failed;
    reg  power$power_button;
    reg  power$rearm;
    reg  power$flag_clear;
    wire  [7:0] power$rail_en;
    wire  power$cpu_reboot;
    wire  power$power_off_flag;
    wire  [3:0] power$state;
    wire  [2:0] power$rail_index;
    wire  [7:0] power$pg_watched;
    wire  [31:0] power$step_cycles;
    wire  [31:0] power$vault_elapsed;
    wire  power$ac_good;
    wire  power$fault;
    wire  [7:0] power$fault_rails;
    wire  power$fault_pg_timeout;
    wire  power$fault_pg_lost;
    wire  power$vault_impossible;
    wire  power$vault_failed;
    wire  power$watchdog_expired;
    wire  [31:0] power$vault_count;
    wire  [31:0] power$last_vault_cycles;
    wire  [31:0] power$watchdog_expiries;
    reg  pending$d;
    wire  pending$q;
    reg  pending$clock;
    reg  [4:0] pending_register$d;
    wire  [4:0] pending_register$q;
    reg  pending_register$clock;
    reg  done$d;
    wire  done$q;
    reg  done$clock;
    reg  [31:0] read_data$d;
    wire  [31:0] read_data$q;
    reg  read_data$clock;
    reg  error$d;
    wire  error$q;
    reg  error$clock;
    reg  [31:0] scratch$d;
    wire  [31:0] scratch$q;
    reg  scratch$clock;
    reg  [4:0] control$d;
    wire  [4:0] control$q;
    reg  control$clock;
    
    // Local signals
    reg  request;
    reg  write;
    reg  [15:0] address;
    reg  [31:0] write_data;
    reg  [4:0] counter_index;
    reg  [4:0] control_bits;
    reg  [3:0] state_code;
    reg  [31:0] status_word;
    reg  [4:0] addressed;
    
    // Sub module instances
    control_plane$bridge bridge(
        .clock(bridge$clock),
        .reset(bridge$reset),
        .rx(bridge$rx),
        .tx(bridge$tx),
        .bus_request(bridge$bus_request),
        .bus_write(bridge$bus_write),
        .bus_address(bridge$bus_address),
        .bus_write_data(bridge$bus_write_data),
        .bus_done(bridge$bus_done),
        .bus_read_data(bridge$bus_read_data),
        .bus_error(bridge$bus_error),
        .counter_read_index(bridge$counter_read_index),
        .counter_read_value(bridge$counter_read_value)
    );
    control_plane$power power(
        .clock(power$clock),
        .reset(power$reset),
        .ac_ok(power$ac_ok),
        .orderly_shutdown(power$orderly_shutdown),
        .backup_ok(power$backup_ok),
        .pg(power$pg),
        .bios_vault_done(power$bios_vault_done),
        .bios_vault_failed(power$bios_vault_failed),
        .power_button(power$power_button),
        .rearm(power$rearm),
        .flag_clear(power$flag_clear),
        .rail_en(power$rail_en),
        .cpu_reboot(power$cpu_reboot),
        .power_off_flag(power$power_off_flag),
        .state(power$state),
        .rail_index(power$rail_index),
        .pg_watched(power$pg_watched),
        .step_cycles(power$step_cycles),
        .vault_elapsed(power$vault_elapsed),
        .ac_good(power$ac_good),
        .fault(power$fault),
        .fault_rails(power$fault_rails),
        .fault_pg_timeout(power$fault_pg_timeout),
        .fault_pg_lost(power$fault_pg_lost),
        .vault_impossible(power$vault_impossible),
        .vault_failed(power$vault_failed),
        .watchdog_expired(power$watchdog_expired),
        .vault_count(power$vault_count),
        .last_vault_cycles(power$last_vault_cycles),
        .watchdog_expiries(power$watchdog_expiries)
    );
    control_plane$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    control_plane$pending_register pending_register(
        .d(pending_register$d),
        .q(pending_register$q),
        .clock(pending_register$clock)
    );
    control_plane$done done(
        .d(done$d),
        .q(done$q),
        .clock(done$clock)
    );
    control_plane$read_data read_data(
        .d(read_data$d),
        .q(read_data$q),
        .clock(read_data$clock)
    );
    control_plane$error error(
        .d(error$d),
        .q(error$q),
        .clock(error$clock)
    );
    control_plane$scratch scratch(
        .d(scratch$d),
        .q(scratch$q),
        .clock(scratch$clock)
    );
    control_plane$control control(
        .d(control$d),
        .q(control$q),
        .clock(control$clock)
    );
    
    // Update code
    always @(*) begin
        pending$clock = clock;
        pending_register$clock = clock;
        done$clock = clock;
        read_data$clock = clock;
        error$clock = clock;
        scratch$clock = clock;
        control$clock = clock;
        pending$d = pending$q;
        pending_register$d = pending_register$q;
        done$d = done$q;
        read_data$d = read_data$q;
        error$d = error$q;
        scratch$d = scratch$q;
        control$d = control$q;
        bridge$clock = clock;
        bridge$reset = reset;
        power$clock = clock;
        power$reset = reset;
        bridge$rx = uart_rx;
        uart_tx = bridge$tx;
        request = bridge$bus_request;
        write = bridge$bus_write;
        address = bridge$bus_address;
        write_data = bridge$bus_write_data;
        if (direct_enable) begin
            request = direct_request;
            write = direct_write;
            address = direct_address;
            write_data = direct_write_data;
        end
        bridge$bus_done = done$q & ~direct_enable;
        bridge$bus_read_data = read_data$q;
        bridge$bus_error = error$q;
        direct_done = done$q & direct_enable;
        direct_read_data = read_data$q;
        direct_error = error$q;
        control_bits = ((write_data) & 5'h1f);
        control$d = control_none;
        if (request & write) begin
            if (address == id_scratch) begin
                scratch$d = write_data;
            end
            if (address == power_control) begin
                control$d = control_bits;
            end
        end
        pending$d = request;
        addressed = ControlRegister$Unmapped;
        if (address == id_magic) begin
            addressed = ControlRegister$Magic;
        end
        else if (address == id_version) begin
            addressed = ControlRegister$Version;
        end
        else if (address == id_scratch) begin
            addressed = ControlRegister$Scratch;
        end
        else if (address == id_clock_hz) begin
            addressed = ControlRegister$ClockHz;
        end
        else if (address == id_blocks) begin
            addressed = ControlRegister$Blocks;
        end
        else if ((address >= bridge_first) & (address < bridge_end)) begin
            addressed = ControlRegister$BridgeCounter;
        end
        else if (address == power_status) begin
            addressed = ControlRegister$PowerStatus;
        end
        else if (address == power_rail_enable) begin
            addressed = ControlRegister$RailEnable;
        end
        else if (address == power_rail_power_good) begin
            addressed = ControlRegister$RailPowerGood;
        end
        else if (address == power_fault_rails) begin
            addressed = ControlRegister$FaultRails;
        end
        else if (address == power_vault_count) begin
            addressed = ControlRegister$VaultCount;
        end
        else if (address == power_last_vault_cycles) begin
            addressed = ControlRegister$LastVaultCycles;
        end
        else if (address == power_watchdog_expiries) begin
            addressed = ControlRegister$WatchdogExpiries;
        end
        else if (address == power_vault_elapsed) begin
            addressed = ControlRegister$VaultElapsed;
        end
        else if (address == power_pg_watched) begin
            addressed = ControlRegister$PgWatched;
        end
        else if (address == power_rail_index) begin
            addressed = ControlRegister$RailIndex;
        end
        else if (address == power_step_cycles) begin
            addressed = ControlRegister$StepCycles;
        end
        else if (address == power_control) begin
            addressed = ControlRegister$PowerControl;
        end
        else if (address >= ext_first) begin
            addressed = ControlRegister$External;
        end
        pending_register$d = addressed;
        ext_request = request & (address >= ext_first);
        ext_write = write;
        ext_address = address;
        ext_write_data = write_data;
        counter_index = ((address) & 5'h1f);
        bridge$counter_read_index = counter_index;
        power$ac_ok = ac_ok;
        power$orderly_shutdown = orderly_shutdown;
        power$backup_ok = backup_ok;
        power$pg = pg;
        power$rearm = control$q[32'h0];
        power$flag_clear = control$q[32'h1];
        power$power_button = power_button | control$q[32'h2];
        power$bios_vault_done = bios_vault_done | control$q[32'h3];
        power$bios_vault_failed = bios_vault_failed | control$q[32'h4];
        rail_en = power$rail_en;
        cpu_reboot = power$cpu_reboot;
        power_off_flag = power$power_off_flag;
        power_fault = power$fault;
        state_code = code_unknown;
        case (power$state)
            PowerState$Off:
                begin
                    state_code = code_off;
                end
            PowerState$PowerOn:
                begin
                    state_code = code_power_on;
                end
            PowerState$Run:
                begin
                    state_code = code_run;
                end
            PowerState$Shutdown:
                begin
                    state_code = code_shutdown;
                end
            PowerState$Shed:
                begin
                    state_code = code_shed;
                end
            PowerState$SetFlag:
                begin
                    state_code = code_set_flag;
                end
            PowerState$Reboot:
                begin
                    state_code = code_reboot;
                end
            PowerState$VaultWait:
                begin
                    state_code = code_vault_wait;
                end
            PowerState$VaultOff:
                begin
                    state_code = code_vault_off;
                end
            PowerState$AcWait:
                begin
                    state_code = code_ac_wait;
                end
            PowerState$Fault:
                begin
                    state_code = code_fault;
                end
            default:
                begin
                    state_code = code_unknown;
                end
        endcase
        status_word = ((state_code) & 32'hffffffff);
        if (power$power_off_flag) begin
            status_word = status_word | flag_bit;
        end
        if (power$ac_good) begin
            status_word = status_word | ac_good_bit;
        end
        if (power$fault) begin
            status_word = status_word | fault_bit;
        end
        if (power$fault_pg_timeout) begin
            status_word = status_word | pg_timeout_bit;
        end
        if (power$fault_pg_lost) begin
            status_word = status_word | pg_lost_bit;
        end
        if (power$vault_impossible) begin
            status_word = status_word | vault_impossible_bit;
        end
        if (power$vault_failed) begin
            status_word = status_word | vault_failed_bit;
        end
        if (power$watchdog_expired) begin
            status_word = status_word | watchdog_expired_bit;
        end
        if (power$cpu_reboot) begin
            status_word = status_word | cpu_reboot_bit;
        end
        done$d = pending$q;
        error$d = 1'b0;
        read_data$d = word_zero;
        case (pending_register$q)
            ControlRegister$Magic:
                begin
                    read_data$d = magic;
                end
            ControlRegister$Version:
                begin
                    read_data$d = map_version;
                end
            ControlRegister$Scratch:
                begin
                    read_data$d = scratch$q;
                end
            ControlRegister$ClockHz:
                begin
                    read_data$d = clock_hz;
                end
            ControlRegister$Blocks:
                begin
                    read_data$d = blocks;
                end
            ControlRegister$BridgeCounter:
                begin
                    read_data$d = bridge$counter_read_value;
                end
            ControlRegister$PowerStatus:
                begin
                    read_data$d = status_word;
                end
            ControlRegister$RailEnable:
                begin
                    read_data$d = ((power$rail_en) & 32'hffffffff);
                end
            ControlRegister$RailPowerGood:
                begin
                    read_data$d = ((pg) & 32'hffffffff);
                end
            ControlRegister$FaultRails:
                begin
                    read_data$d = ((power$fault_rails) & 32'hffffffff);
                end
            ControlRegister$VaultCount:
                begin
                    read_data$d = power$vault_count;
                end
            ControlRegister$LastVaultCycles:
                begin
                    read_data$d = power$last_vault_cycles;
                end
            ControlRegister$WatchdogExpiries:
                begin
                    read_data$d = power$watchdog_expiries;
                end
            ControlRegister$VaultElapsed:
                begin
                    read_data$d = power$vault_elapsed;
                end
            ControlRegister$PgWatched:
                begin
                    read_data$d = ((power$pg_watched) & 32'hffffffff);
                end
            ControlRegister$RailIndex:
                begin
                    read_data$d = ((power$rail_index) & 32'hffffffff);
                end
            ControlRegister$StepCycles:
                begin
                    read_data$d = power$step_cycles;
                end
            ControlRegister$PowerControl:
                begin
                    read_data$d = word_zero;
                end
            ControlRegister$External:
                begin
                    if (ext_ack) begin
                        read_data$d = ext_read_data;
                    end
                    else begin
                        error$d = pending$q;
                    end
                end
            default:
                begin
                    error$d = pending$q;
                end
        endcase
        if (reset) begin
            pending$d = 1'b0;
            done$d = 1'b0;
            control$d = control_none;
            scratch$d = word_zero;
        end
    end
    
endmodule // control_plane


module control_plane$bridge(clock,reset,rx,tx,bus_request,bus_write,bus_address,bus_write_data,bus_done,bus_read_data,bus_error,counter_read_index,counter_read_value);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  rx;
    output reg  tx;
    output reg  bus_request;
    output reg  bus_write;
    output reg  [15:0] bus_address;
    output reg  [31:0] bus_write_data;
    input wire  bus_done;
    input wire  [31:0] bus_read_data;
    input wire  bus_error;
    input wire  [4:0] counter_read_index;
    output reg  [31:0] counter_read_value;
    
    // Constant declarations
    localparam  idle_limit_minus_one = 24'h3ff;
    localparam  bus_timeout = 8'hff;
    localparam  max_words = 8'h40;
    localparam  request_sync = 8'ha5;
    localparam  response_sync = 8'h5a;
    localparam  command_read = 8'h1;
    localparam  command_write = 8'h2;
    localparam  status_ok = 8'h0;
    localparam  status_bad_checksum = 8'h1;
    localparam  status_bad_command = 8'h2;
    localparam  status_bus_error = 8'h3;
    localparam  count_frames_ok = 5'b0;
    localparam  count_bad_checksum = 5'b1;
    localparam  count_bad_command = 5'b10;
    localparam  count_truncated = 5'b11;
    localparam  count_noise = 5'b100;
    localparam  count_bus_errors = 5'b101;
    localparam  count_framing_errors = 5'b110;
    localparam  byte_zero = 8'h0;
    localparam  lane_zero = 2'b0;
    localparam  lane_one = 2'b1;
    localparam  lane_two = 2'b10;
    localparam  lane_three = 2'b11;
    localparam  words_zero = 7'b0;
    localparam  words_one = 7'b1;
    localparam  idle_zero = 24'h0;
    localparam  idle_one = 24'h1;
    localparam  wait_zero = 8'h0;
    localparam  wait_one = 8'h1;
    
    // Enums
    localparam BridgeState$Hunt = 0;
    localparam BridgeState$Command = 1;
    localparam BridgeState$AddressHigh = 2;
    localparam BridgeState$AddressLow = 3;
    localparam BridgeState$Count = 4;
    localparam BridgeState$Data = 5;
    localparam BridgeState$Checksum = 6;
    localparam BridgeState$Load = 7;
    localparam BridgeState$Issue = 8;
    localparam BridgeState$Wait = 9;
    localparam BridgeState$Header = 10;
    localparam BridgeState$Payload = 11;
    localparam BridgeState$Trailer = 12;
    localparam BridgeState$Discard = 13;
    
    // Stub signals
    reg  receiver$clock;
    reg  receiver$reset;
    reg  receiver$rx;
    wire  receiver$byte_valid;
    wire  [7:0] receiver$data;
    wire  receiver$framing_error;
    reg  transmitter$clock;
    reg  transmitter$reset;
    reg  transmitter$send;
    reg  [7:0] transmitter$data;
    wire  transmitter$busy;
    wire  transmitter$tx;
    reg  counters$clock;
    reg  counters$reset;
    reg  counters$count;
    reg  [4:0] counters$count_index;
    reg  [4:0] counters$read_index;
    wire  [31:0] counters$read_value;
    wire  counters$ready;
    reg  [7:0] request_crc$data_in;
    wire  [7:0] request_crc$data_out;
    reg  [7:0] response_crc$data_in;
    wire  [7:0] response_crc$data_out;
    reg  [5:0] words$read_address;
    reg  words$read_clock;
    wire  [31:0] words$read_data;
    reg  [5:0] words$write_address;
    reg  words$write_clock;
    reg  [31:0] words$write_data;
    reg  words$write_enable;
    reg  [3:0] state$d;
    wire  [3:0] state$q;
    reg  state$clock;
    reg  [7:0] command$d;
    wire  [7:0] command$q;
    reg  command$clock;
    reg  [15:0] address$d;
    wire  [15:0] address$q;
    reg  address$clock;
    reg  [6:0] count$d;
    wire  [6:0] count$q;
    reg  count$clock;
    reg  [6:0] index$d;
    wire  [6:0] index$q;
    reg  index$clock;
    reg  [1:0] byte_index$d;
    wire  [1:0] byte_index$q;
    reg  byte_index$clock;
    reg  [31:0] assembly$d;
    wire  [31:0] assembly$q;
    reg  assembly$clock;
    reg  [7:0] rx_crc$d;
    wire  [7:0] rx_crc$q;
    reg  rx_crc$clock;
    reg  [7:0] tx_crc$d;
    wire  [7:0] tx_crc$q;
    reg  tx_crc$clock;
    reg  [7:0] status$d;
    wire  [7:0] status$q;
    reg  status$clock;
    reg  [6:0] words_done$d;
    wire  [6:0] words_done$q;
    reg  words_done$clock;
    reg  [15:0] request_address$d;
    wire  [15:0] request_address$q;
    reg  request_address$clock;
    reg  [23:0] idle_cycles$d;
    wire  [23:0] idle_cycles$q;
    reg  idle_cycles$clock;
    reg  [7:0] bus_wait$d;
    wire  [7:0] bus_wait$q;
    reg  bus_wait$clock;
    reg  request$d;
    wire  request$q;
    reg  request$clock;
    reg  count_now$d;
    wire  count_now$q;
    reg  count_now$clock;
    reg  [4:0] count_cause$d;
    wire  [4:0] count_cause$q;
    reg  count_cause$clock;
    reg  idle$d;
    wire  idle$q;
    reg  idle$clock;
    
    // Local signals
    reg  send;
    reg  [7:0] send_byte;
    
    // Sub module instances
    control_plane$bridge$receiver receiver(
        .clock(receiver$clock),
        .reset(receiver$reset),
        .rx(receiver$rx),
        .byte_valid(receiver$byte_valid),
        .data(receiver$data),
        .framing_error(receiver$framing_error)
    );
    control_plane$bridge$transmitter transmitter(
        .clock(transmitter$clock),
        .reset(transmitter$reset),
        .send(transmitter$send),
        .data(transmitter$data),
        .busy(transmitter$busy),
        .tx(transmitter$tx)
    );
    control_plane$bridge$counters counters(
        .clock(counters$clock),
        .reset(counters$reset),
        .count(counters$count),
        .count_index(counters$count_index),
        .read_index(counters$read_index),
        .read_value(counters$read_value),
        .ready(counters$ready)
    );
    control_plane$bridge$request_crc request_crc(
        .data_in(request_crc$data_in),
        .data_out(request_crc$data_out)
    );
    control_plane$bridge$response_crc response_crc(
        .data_in(response_crc$data_in),
        .data_out(response_crc$data_out)
    );
    control_plane$bridge$words words(
        .read_address(words$read_address),
        .read_clock(words$read_clock),
        .read_data(words$read_data),
        .write_address(words$write_address),
        .write_clock(words$write_clock),
        .write_data(words$write_data),
        .write_enable(words$write_enable)
    );
    control_plane$bridge$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    control_plane$bridge$command command(
        .d(command$d),
        .q(command$q),
        .clock(command$clock)
    );
    control_plane$bridge$address address(
        .d(address$d),
        .q(address$q),
        .clock(address$clock)
    );
    control_plane$bridge$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    control_plane$bridge$index index(
        .d(index$d),
        .q(index$q),
        .clock(index$clock)
    );
    control_plane$bridge$byte_index byte_index(
        .d(byte_index$d),
        .q(byte_index$q),
        .clock(byte_index$clock)
    );
    control_plane$bridge$assembly assembly(
        .d(assembly$d),
        .q(assembly$q),
        .clock(assembly$clock)
    );
    control_plane$bridge$rx_crc rx_crc(
        .d(rx_crc$d),
        .q(rx_crc$q),
        .clock(rx_crc$clock)
    );
    control_plane$bridge$tx_crc tx_crc(
        .d(tx_crc$d),
        .q(tx_crc$q),
        .clock(tx_crc$clock)
    );
    control_plane$bridge$status status(
        .d(status$d),
        .q(status$q),
        .clock(status$clock)
    );
    control_plane$bridge$words_done words_done(
        .d(words_done$d),
        .q(words_done$q),
        .clock(words_done$clock)
    );
    control_plane$bridge$request_address request_address(
        .d(request_address$d),
        .q(request_address$q),
        .clock(request_address$clock)
    );
    control_plane$bridge$idle_cycles idle_cycles(
        .d(idle_cycles$d),
        .q(idle_cycles$q),
        .clock(idle_cycles$clock)
    );
    control_plane$bridge$bus_wait bus_wait(
        .d(bus_wait$d),
        .q(bus_wait$q),
        .clock(bus_wait$clock)
    );
    control_plane$bridge$request request(
        .d(request$d),
        .q(request$q),
        .clock(request$clock)
    );
    control_plane$bridge$count_now count_now(
        .d(count_now$d),
        .q(count_now$q),
        .clock(count_now$clock)
    );
    control_plane$bridge$count_cause count_cause(
        .d(count_cause$d),
        .q(count_cause$q),
        .clock(count_cause$clock)
    );
    control_plane$bridge$idle idle(
        .d(idle$d),
        .q(idle$q),
        .clock(idle$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        command$clock = clock;
        address$clock = clock;
        count$clock = clock;
        index$clock = clock;
        byte_index$clock = clock;
        assembly$clock = clock;
        rx_crc$clock = clock;
        tx_crc$clock = clock;
        status$clock = clock;
        words_done$clock = clock;
        request_address$clock = clock;
        idle_cycles$clock = clock;
        idle$clock = clock;
        bus_wait$clock = clock;
        request$clock = clock;
        count_now$clock = clock;
        count_cause$clock = clock;
        state$d = state$q;
        command$d = command$q;
        address$d = address$q;
        count$d = count$q;
        index$d = index$q;
        byte_index$d = byte_index$q;
        assembly$d = assembly$q;
        rx_crc$d = rx_crc$q;
        tx_crc$d = tx_crc$q;
        status$d = status$q;
        words_done$d = words_done$q;
        request_address$d = request_address$q;
        idle_cycles$d = idle_cycles$q;
        idle$d = idle$q;
        bus_wait$d = bus_wait$q;
        request$d = request$q;
        count_now$d = count_now$q;
        count_cause$d = count_cause$q;
        receiver$clock = clock;
        receiver$reset = reset;
        transmitter$clock = clock;
        transmitter$reset = reset;
        counters$clock = clock;
        counters$reset = reset;
        words$read_clock = clock;
        words$write_clock = clock;
        receiver$rx = rx;
        tx = transmitter$tx;
        count_now$d = 1'b0;
        counters$count = count_now$q;
        counters$count_index = count_cause$q;
        counters$read_index = counter_read_index;
        counter_read_value = counters$read_value;
        request_crc$data_in = rx_crc$q ^ receiver$data;
        if (~idle$q) begin
            idle_cycles$d = idle_cycles$q + idle_one;
            idle$d = idle_cycles$q == idle_limit_minus_one;
        end
        if (receiver$byte_valid) begin
            idle_cycles$d = idle_zero;
            idle$d = 1'b0;
        end
        request$d = 1'b0;
        bus_request = request$q;
        bus_write = command$q == command_write;
        bus_address = request_address$q;
        bus_write_data = words$read_data;
        words$read_address = ((index$q) & 6'h3f);
        words$write_enable = 1'b0;
        words$write_address = ((index$q) & 6'h3f);
        words$write_data = bus_read_data;
        send = 1'b0;
        send_byte = response_sync;
        case (state$q)
            BridgeState$Hunt:
                begin
                    rx_crc$d = byte_zero;
                    if (receiver$byte_valid & counters$ready) begin
                        if (receiver$data == request_sync) begin
                            rx_crc$d = request_crc$data_out;
                            state$d = BridgeState$Command;
                        end
                        else begin
                            count_now$d = 1'b1;
                            count_cause$d = count_noise;
                        end
                    end
                end
            BridgeState$Command:
                begin
                    if (receiver$byte_valid) begin
                        rx_crc$d = request_crc$data_out;
                        command$d = receiver$data;
                        state$d = BridgeState$AddressHigh;
                        if ((receiver$data != command_read) & (receiver$data != command_write)) begin
                            status$d = status_bad_command;
                            words_done$d = words_zero;
                            byte_index$d = lane_zero;
                            tx_crc$d = byte_zero;
                            count_now$d = 1'b1;
                            count_cause$d = count_bad_command;
                            state$d = BridgeState$Header;
                        end
                    end
                end
            BridgeState$AddressHigh:
                begin
                    if (receiver$byte_valid) begin
                        rx_crc$d = request_crc$data_out;
                        address$d = ((receiver$data) & 16'hffff) << 32'h8;
                        state$d = BridgeState$AddressLow;
                    end
                end
            BridgeState$AddressLow:
                begin
                    if (receiver$byte_valid) begin
                        rx_crc$d = request_crc$data_out;
                        address$d = address$q | ((receiver$data) & 16'hffff);
                        state$d = BridgeState$Count;
                    end
                end
            BridgeState$Count:
                begin
                    if (receiver$byte_valid) begin
                        rx_crc$d = request_crc$data_out;
                        count$d = ((receiver$data) & 7'h7f);
                        index$d = words_zero;
                        byte_index$d = lane_zero;
                        if (command$q == command_write) begin
                            state$d = BridgeState$Data;
                        end
                        else begin
                            state$d = BridgeState$Checksum;
                        end
                        if ((receiver$data == byte_zero) | (receiver$data > max_words)) begin
                            status$d = status_bad_command;
                            words_done$d = words_zero;
                            tx_crc$d = byte_zero;
                            count_now$d = 1'b1;
                            count_cause$d = count_bad_command;
                            state$d = BridgeState$Header;
                        end
                    end
                end
            BridgeState$Data:
                begin
                    if (receiver$byte_valid) begin
                        rx_crc$d = request_crc$data_out;
                        assembly$d = (assembly$q << 32'h8) | ((receiver$data) & 32'hffffffff);
                        byte_index$d = byte_index$q + lane_one;
                        if (byte_index$q == lane_three) begin
                            words$write_enable = 1'b1;
                            words$write_data = (assembly$q << 32'h8) | ((receiver$data) & 32'hffffffff);
                            index$d = index$q + words_one;
                            if ((index$q + words_one) == count$q) begin
                                state$d = BridgeState$Checksum;
                            end
                        end
                    end
                end
            BridgeState$Checksum:
                begin
                    if (receiver$byte_valid) begin
                        index$d = words_zero;
                        words_done$d = words_zero;
                        byte_index$d = lane_zero;
                        tx_crc$d = byte_zero;
                        if (receiver$data == rx_crc$q) begin
                            status$d = status_ok;
                            state$d = BridgeState$Load;
                        end
                        else begin
                            status$d = status_bad_checksum;
                            count_now$d = 1'b1;
                            count_cause$d = count_bad_checksum;
                            state$d = BridgeState$Header;
                        end
                    end
                end
            BridgeState$Load:
                begin
                    request_address$d = address$q + ((index$q) & 16'hffff);
                    state$d = BridgeState$Issue;
                end
            BridgeState$Issue:
                begin
                    request$d = 1'b1;
                    bus_wait$d = wait_zero;
                    state$d = BridgeState$Wait;
                end
            BridgeState$Wait:
                begin
                    bus_wait$d = bus_wait$q + wait_one;
                    if (bus_done & ~bus_error) begin
                        words$write_enable = command$q == command_read;
                        index$d = index$q + words_one;
                        words_done$d = words_done$q + words_one;
                        if ((index$q + words_one) == count$q) begin
                            index$d = words_zero;
                            state$d = BridgeState$Header;
                        end
                        else begin
                            state$d = BridgeState$Load;
                        end
                    end
                    else if (bus_done | (bus_wait$q == bus_timeout)) begin
                        status$d = status_bus_error;
                        count_now$d = 1'b1;
                        count_cause$d = count_bus_errors;
                        index$d = words_zero;
                        state$d = BridgeState$Header;
                    end
                end
            BridgeState$Header:
                begin
                    if (byte_index$q == lane_one) begin
                        send_byte = status$q;
                    end
                    else if (byte_index$q == lane_two) begin
                        send_byte = command$q;
                    end
                    else if (byte_index$q == lane_three) begin
                        send_byte = ((words_done$q) & 8'hff);
                    end
                    if (~transmitter$busy) begin
                        send = 1'b1;
                        byte_index$d = byte_index$q + lane_one;
                        if (byte_index$q == lane_three) begin
                            if ((command$q == command_read) & |words_done$q) begin
                                state$d = BridgeState$Payload;
                            end
                            else begin
                                state$d = BridgeState$Trailer;
                            end
                        end
                    end
                end
            BridgeState$Payload:
                begin
                    send_byte = words$read_data[(32'h18)+:(8)];
                    if (byte_index$q == lane_one) begin
                        send_byte = words$read_data[(32'h10)+:(8)];
                    end
                    else if (byte_index$q == lane_two) begin
                        send_byte = words$read_data[(32'h8)+:(8)];
                    end
                    else if (byte_index$q == lane_three) begin
                        send_byte = words$read_data[(32'h0)+:(8)];
                    end
                    if (~transmitter$busy) begin
                        send = 1'b1;
                        byte_index$d = byte_index$q + lane_one;
                        if (byte_index$q == lane_three) begin
                            index$d = index$q + words_one;
                            if ((index$q + words_one) == words_done$q) begin
                                state$d = BridgeState$Trailer;
                            end
                        end
                    end
                end
            BridgeState$Trailer:
                begin
                    send_byte = tx_crc$q;
                    if (~transmitter$busy) begin
                        send = 1'b1;
                        state$d = BridgeState$Hunt;
                        if (status$q == status_ok) begin
                            count_now$d = 1'b1;
                            count_cause$d = count_frames_ok;
                        end
                        if (status$q == status_bad_command) begin
                            state$d = BridgeState$Discard;
                        end
                    end
                end
            BridgeState$Discard:
                begin
                    if (idle$q) begin
                        state$d = BridgeState$Hunt;
                    end
                end
            default:
                begin
                    state$d = BridgeState$Hunt;
                end
        endcase
        transmitter$send = send;
        transmitter$data = send_byte;
        response_crc$data_in = tx_crc$q ^ send_byte;
        if (send) begin
            tx_crc$d = response_crc$data_out;
        end
        if (idle$q & ((state$q == BridgeState$Command) | (state$q == BridgeState$AddressHigh) | (state$q == BridgeState$AddressLow) | (state$q == BridgeState$Count) | (state$q == BridgeState$Data) | (state$q == BridgeState$Checksum))) begin
            count_now$d = 1'b1;
            count_cause$d = count_truncated;
            state$d = BridgeState$Hunt;
        end
        if (receiver$byte_valid & ((state$q == BridgeState$Load) | (state$q == BridgeState$Issue) | (state$q == BridgeState$Wait) | (state$q == BridgeState$Header) | (state$q == BridgeState$Payload) | (state$q == BridgeState$Trailer) | (state$q == BridgeState$Discard))) begin
            count_now$d = 1'b1;
            count_cause$d = count_noise;
        end
        if (receiver$framing_error) begin
            count_now$d = 1'b1;
            count_cause$d = count_framing_errors;
        end
        if (reset) begin
            state$d = BridgeState$Hunt;
            request$d = 1'b0;
            count_now$d = 1'b0;
            idle_cycles$d = idle_zero;
            idle$d = 1'b0;
        end
    end
    
endmodule // control_plane$bridge


module control_plane$bridge$address(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$address


module control_plane$bridge$assembly(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$assembly


module control_plane$bridge$bus_wait(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$bus_wait


module control_plane$bridge$byte_index(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$byte_index


module control_plane$bridge$command(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$command


module control_plane$bridge$count(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$count


module control_plane$bridge$count_cause(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$count_cause


module control_plane$bridge$count_now(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$count_now


module control_plane$bridge$counters(clock,reset,count,count_index,read_index,read_value,ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  count;
    input wire  [4:0] count_index;
    input wire  [4:0] read_index;
    output reg  [31:0] read_value;
    output reg  ready;
    
    // Constant declarations
    localparam  zero_index = 5'b0;
    localparam  zero = 32'h0;
    localparam  one = 32'h1;
    localparam  last_index = 5'b11111;
    localparam  one_index = 5'b1;
    
    // Stub signals
    reg  [4:0] tally$read_address;
    reg  tally$read_clock;
    wire  [31:0] tally$read_data;
    reg  [4:0] tally$write_address;
    reg  tally$write_clock;
    reg  [31:0] tally$write_data;
    reg  tally$write_enable;
    reg  [4:0] shadow$read_address;
    reg  shadow$read_clock;
    wire  [31:0] shadow$read_data;
    reg  [4:0] shadow$write_address;
    reg  shadow$write_clock;
    reg  [31:0] shadow$write_data;
    reg  shadow$write_enable;
    reg  pending$d;
    wire  pending$q;
    reg  pending$clock;
    reg  [4:0] pending_index$d;
    wire  [4:0] pending_index$q;
    reg  pending_index$clock;
    reg  held$d;
    wire  held$q;
    reg  held$clock;
    reg  [4:0] held_index$d;
    wire  [4:0] held_index$q;
    reg  held_index$clock;
    reg  [31:0] held_value$d;
    wire  [31:0] held_value$q;
    reg  held_value$clock;
    reg  clearing$d;
    wire  clearing$q;
    reg  clearing$clock;
    reg  [4:0] clear_index$d;
    wire  [4:0] clear_index$q;
    reg  clear_index$clock;
    
    // Local signals
    reg  write_enable;
    reg  [4:0] write_address;
    reg  [31:0] write_data;
    
    // Sub module instances
    control_plane$bridge$counters$tally tally(
        .read_address(tally$read_address),
        .read_clock(tally$read_clock),
        .read_data(tally$read_data),
        .write_address(tally$write_address),
        .write_clock(tally$write_clock),
        .write_data(tally$write_data),
        .write_enable(tally$write_enable)
    );
    control_plane$bridge$counters$shadow shadow(
        .read_address(shadow$read_address),
        .read_clock(shadow$read_clock),
        .read_data(shadow$read_data),
        .write_address(shadow$write_address),
        .write_clock(shadow$write_clock),
        .write_data(shadow$write_data),
        .write_enable(shadow$write_enable)
    );
    control_plane$bridge$counters$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    control_plane$bridge$counters$pending_index pending_index(
        .d(pending_index$d),
        .q(pending_index$q),
        .clock(pending_index$clock)
    );
    control_plane$bridge$counters$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    control_plane$bridge$counters$held_index held_index(
        .d(held_index$d),
        .q(held_index$q),
        .clock(held_index$clock)
    );
    control_plane$bridge$counters$held_value held_value(
        .d(held_value$d),
        .q(held_value$q),
        .clock(held_value$clock)
    );
    control_plane$bridge$counters$clearing clearing(
        .d(clearing$d),
        .q(clearing$q),
        .clock(clearing$clock)
    );
    control_plane$bridge$counters$clear_index clear_index(
        .d(clear_index$d),
        .q(clear_index$q),
        .clock(clear_index$clock)
    );
    
    // Update code
    always @(*) begin
        pending$clock = clock;
        pending_index$clock = clock;
        held$clock = clock;
        held_index$clock = clock;
        held_value$clock = clock;
        clearing$clock = clock;
        clear_index$clock = clock;
        pending$d = pending$q;
        pending_index$d = pending_index$q;
        held$d = held$q;
        held_index$d = held_index$q;
        held_value$d = held_value$q;
        clearing$d = clearing$q;
        clear_index$d = clear_index$q;
        tally$read_clock = clock;
        tally$write_clock = clock;
        shadow$read_clock = clock;
        shadow$write_clock = clock;
        tally$read_address = count_index;
        shadow$read_address = read_index;
        read_value = shadow$read_data;
        pending$d = count & ~clearing$q;
        pending_index$d = count_index;
        held$d = pending$q;
        held_index$d = pending_index$q;
        held_value$d = tally$read_data;
        write_enable = held$q;
        write_address = held_index$q;
        write_data = held_value$q + one;
        if (clearing$q) begin
            write_enable = 1'b1;
            write_address = clear_index$q;
            write_data = zero;
            clear_index$d = clear_index$q + one_index;
            if (clear_index$q == last_index) begin
                clearing$d = 1'b0;
            end
        end
        tally$write_enable = write_enable;
        tally$write_address = write_address;
        tally$write_data = write_data;
        shadow$write_enable = write_enable;
        shadow$write_address = write_address;
        shadow$write_data = write_data;
        ready = ~clearing$q;
        if (reset) begin
            pending$d = 1'b0;
            held$d = 1'b0;
            clearing$d = 1'b1;
            clear_index$d = zero_index;
        end
    end
    
endmodule // control_plane$bridge$counters


module control_plane$bridge$counters$clear_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$counters$clear_index


module control_plane$bridge$counters$clearing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$counters$clearing


module control_plane$bridge$counters$held(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$counters$held


module control_plane$bridge$counters$held_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$counters$held_index


module control_plane$bridge$counters$held_value(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$counters$held_value


module control_plane$bridge$counters$pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$counters$pending


module control_plane$bridge$counters$pending_index(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$counters$pending_index


module control_plane$bridge$counters$shadow(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    initial begin
    mem[5'b0] = 32'h0;
    mem[5'b1] = 32'h0;
    mem[5'b10] = 32'h0;
    mem[5'b11] = 32'h0;
    mem[5'b100] = 32'h0;
    mem[5'b101] = 32'h0;
    mem[5'b110] = 32'h0;
    mem[5'b111] = 32'h0;
    mem[5'b1000] = 32'h0;
    mem[5'b1001] = 32'h0;
    mem[5'b1010] = 32'h0;
    mem[5'b1011] = 32'h0;
    mem[5'b1100] = 32'h0;
    mem[5'b1101] = 32'h0;
    mem[5'b1110] = 32'h0;
    mem[5'b1111] = 32'h0;
    mem[5'b10000] = 32'h0;
    mem[5'b10001] = 32'h0;
    mem[5'b10010] = 32'h0;
    mem[5'b10011] = 32'h0;
    mem[5'b10100] = 32'h0;
    mem[5'b10101] = 32'h0;
    mem[5'b10110] = 32'h0;
    mem[5'b10111] = 32'h0;
    mem[5'b11000] = 32'h0;
    mem[5'b11001] = 32'h0;
    mem[5'b11010] = 32'h0;
    mem[5'b11011] = 32'h0;
    mem[5'b11100] = 32'h0;
    mem[5'b11101] = 32'h0;
    mem[5'b11110] = 32'h0;
    mem[5'b11111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // control_plane$bridge$counters$shadow


module control_plane$bridge$counters$tally(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[31:0];
    
    initial begin
    mem[5'b0] = 32'h0;
    mem[5'b1] = 32'h0;
    mem[5'b10] = 32'h0;
    mem[5'b11] = 32'h0;
    mem[5'b100] = 32'h0;
    mem[5'b101] = 32'h0;
    mem[5'b110] = 32'h0;
    mem[5'b111] = 32'h0;
    mem[5'b1000] = 32'h0;
    mem[5'b1001] = 32'h0;
    mem[5'b1010] = 32'h0;
    mem[5'b1011] = 32'h0;
    mem[5'b1100] = 32'h0;
    mem[5'b1101] = 32'h0;
    mem[5'b1110] = 32'h0;
    mem[5'b1111] = 32'h0;
    mem[5'b10000] = 32'h0;
    mem[5'b10001] = 32'h0;
    mem[5'b10010] = 32'h0;
    mem[5'b10011] = 32'h0;
    mem[5'b10100] = 32'h0;
    mem[5'b10101] = 32'h0;
    mem[5'b10110] = 32'h0;
    mem[5'b10111] = 32'h0;
    mem[5'b11000] = 32'h0;
    mem[5'b11001] = 32'h0;
    mem[5'b11010] = 32'h0;
    mem[5'b11011] = 32'h0;
    mem[5'b11100] = 32'h0;
    mem[5'b11101] = 32'h0;
    mem[5'b11110] = 32'h0;
    mem[5'b11111] = 32'h0;
    end
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // control_plane$bridge$counters$tally


module control_plane$bridge$idle(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$idle


module control_plane$bridge$idle_cycles(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$idle_cycles


module control_plane$bridge$index(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$index


module control_plane$bridge$receiver(clock,reset,rx,byte_valid,data,framing_error);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  rx;
    output reg  byte_valid;
    output reg  [7:0] data;
    output reg  framing_error;
    
    // Constant declarations
    localparam  clocks_per_bit_minus_one = 16'h7;
    localparam  half_bit_minus_one = 16'h3;
    localparam  last_bit = 3'b111;
    localparam  msb = 8'h80;
    localparam  timer_zero = 16'h0;
    localparam  timer_one = 16'h1;
    localparam  bit_zero = 3'b0;
    localparam  bit_one = 3'b1;
    
    // Enums
    localparam UartRxState$Idle = 0;
    localparam UartRxState$Start = 1;
    localparam UartRxState$Data = 2;
    localparam UartRxState$Stop = 3;
    localparam UartRxState$Break = 4;
    
    // Stub signals
    reg  sync_first$d;
    wire  sync_first$q;
    reg  sync_first$clock;
    reg  line$d;
    wire  line$q;
    reg  line$clock;
    reg  [2:0] state$d;
    wire  [2:0] state$q;
    reg  state$clock;
    reg  [15:0] timer$d;
    wire  [15:0] timer$q;
    reg  timer$clock;
    reg  [2:0] bit_index$d;
    wire  [2:0] bit_index$q;
    reg  bit_index$clock;
    reg  [7:0] shift$d;
    wire  [7:0] shift$q;
    reg  shift$clock;
    reg  valid$d;
    wire  valid$q;
    reg  valid$clock;
    reg  error$d;
    wire  error$q;
    reg  error$clock;
    
    // Sub module instances
    control_plane$bridge$receiver$sync_first sync_first(
        .d(sync_first$d),
        .q(sync_first$q),
        .clock(sync_first$clock)
    );
    control_plane$bridge$receiver$line line(
        .d(line$d),
        .q(line$q),
        .clock(line$clock)
    );
    control_plane$bridge$receiver$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    control_plane$bridge$receiver$timer timer(
        .d(timer$d),
        .q(timer$q),
        .clock(timer$clock)
    );
    control_plane$bridge$receiver$bit_index bit_index(
        .d(bit_index$d),
        .q(bit_index$q),
        .clock(bit_index$clock)
    );
    control_plane$bridge$receiver$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    control_plane$bridge$receiver$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    control_plane$bridge$receiver$error error(
        .d(error$d),
        .q(error$q),
        .clock(error$clock)
    );
    
    // Update code
    always @(*) begin
        sync_first$clock = clock;
        line$clock = clock;
        state$clock = clock;
        timer$clock = clock;
        bit_index$clock = clock;
        shift$clock = clock;
        valid$clock = clock;
        error$clock = clock;
        sync_first$d = sync_first$q;
        line$d = line$q;
        state$d = state$q;
        timer$d = timer$q;
        bit_index$d = bit_index$q;
        shift$d = shift$q;
        valid$d = valid$q;
        error$d = error$q;
        sync_first$d = rx;
        line$d = sync_first$q;
        valid$d = 1'b0;
        error$d = 1'b0;
        timer$d = timer$q + timer_one;
        case (state$q)
            UartRxState$Idle:
                begin
                    timer$d = timer_zero;
                    if (~line$q) begin
                        state$d = UartRxState$Start;
                    end
                end
            UartRxState$Start:
                begin
                    if (timer$q == half_bit_minus_one) begin
                        timer$d = timer_zero;
                        bit_index$d = bit_zero;
                        if (line$q) begin
                            state$d = UartRxState$Idle;
                        end
                        else begin
                            state$d = UartRxState$Data;
                        end
                    end
                end
            UartRxState$Data:
                begin
                    if (timer$q == clocks_per_bit_minus_one) begin
                        timer$d = timer_zero;
                        shift$d = shift$q >> 32'h1;
                        if (line$q) begin
                            shift$d = (shift$q >> 32'h1) | msb;
                        end
                        bit_index$d = bit_index$q + bit_one;
                        if (bit_index$q == last_bit) begin
                            state$d = UartRxState$Stop;
                        end
                    end
                end
            UartRxState$Stop:
                begin
                    if (timer$q == clocks_per_bit_minus_one) begin
                        if (line$q) begin
                            valid$d = 1'b1;
                            state$d = UartRxState$Idle;
                        end
                        else begin
                            error$d = 1'b1;
                            state$d = UartRxState$Break;
                        end
                    end
                end
            UartRxState$Break:
                begin
                    if (line$q) begin
                        state$d = UartRxState$Idle;
                    end
                end
            default:
                begin
                    state$d = UartRxState$Idle;
                end
        endcase
        byte_valid = valid$q;
        data = shift$q;
        framing_error = error$q;
        if (reset) begin
            state$d = UartRxState$Idle;
            valid$d = 1'b0;
            error$d = 1'b0;
        end
    end
    
endmodule // control_plane$bridge$receiver


module control_plane$bridge$receiver$bit_index(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$receiver$bit_index


module control_plane$bridge$receiver$error(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$receiver$error


module control_plane$bridge$receiver$line(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$receiver$line


module control_plane$bridge$receiver$shift(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$receiver$shift


module control_plane$bridge$receiver$state(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam UartRxState$Idle = 0;
    localparam UartRxState$Start = 1;
    localparam UartRxState$Data = 2;
    localparam UartRxState$Stop = 3;
    localparam UartRxState$Break = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$receiver$state


module control_plane$bridge$receiver$sync_first(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$receiver$sync_first


module control_plane$bridge$receiver$timer(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$receiver$timer


module control_plane$bridge$receiver$valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$receiver$valid


module control_plane$bridge$request(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$request


module control_plane$bridge$request_address(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$request_address


module control_plane$bridge$request_crc(data_in,data_out);
    
    // Module arguments
    input wire  [7:0] data_in;
    output reg  [7:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[0] ^ data_in[6] ^ data_in[7];
        data_out[1] = data_in[0] ^ data_in[1] ^ data_in[6];
        data_out[2] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[6];
        data_out[3] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[7];
        data_out[4] = data_in[2] ^ data_in[3] ^ data_in[4];
        data_out[5] = data_in[3] ^ data_in[4] ^ data_in[5];
        data_out[6] = data_in[4] ^ data_in[5] ^ data_in[6];
        data_out[7] = data_in[5] ^ data_in[6] ^ data_in[7];
    end
endmodule // control_plane$bridge$request_crc


module control_plane$bridge$response_crc(data_in,data_out);
    
    // Module arguments
    input wire  [7:0] data_in;
    output reg  [7:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[0] ^ data_in[6] ^ data_in[7];
        data_out[1] = data_in[0] ^ data_in[1] ^ data_in[6];
        data_out[2] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[6];
        data_out[3] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[7];
        data_out[4] = data_in[2] ^ data_in[3] ^ data_in[4];
        data_out[5] = data_in[3] ^ data_in[4] ^ data_in[5];
        data_out[6] = data_in[4] ^ data_in[5] ^ data_in[6];
        data_out[7] = data_in[5] ^ data_in[6] ^ data_in[7];
    end
endmodule // control_plane$bridge$response_crc


module control_plane$bridge$rx_crc(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$rx_crc


module control_plane$bridge$state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam BridgeState$Hunt = 0;
    localparam BridgeState$Command = 1;
    localparam BridgeState$AddressHigh = 2;
    localparam BridgeState$AddressLow = 3;
    localparam BridgeState$Count = 4;
    localparam BridgeState$Data = 5;
    localparam BridgeState$Checksum = 6;
    localparam BridgeState$Load = 7;
    localparam BridgeState$Issue = 8;
    localparam BridgeState$Wait = 9;
    localparam BridgeState$Header = 10;
    localparam BridgeState$Payload = 11;
    localparam BridgeState$Trailer = 12;
    localparam BridgeState$Discard = 13;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$state


module control_plane$bridge$status(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$status


module control_plane$bridge$transmitter(clock,reset,send,data,busy,tx);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  send;
    input wire  [7:0] data;
    output reg  busy;
    output reg  tx;
    
    // Constant declarations
    localparam  clocks_per_bit_minus_one = 16'h7;
    localparam  stop_bit = 10'b1000000000;
    localparam  timer_zero = 16'h0;
    localparam  timer_one = 16'h1;
    localparam  no_bits = 4'h0;
    localparam  one_bit = 4'h1;
    localparam  character_bits = 4'ha;
    
    // Stub signals
    reg  [9:0] frame$d;
    wire  [9:0] frame$q;
    reg  frame$clock;
    reg  [3:0] bits_left$d;
    wire  [3:0] bits_left$q;
    reg  bits_left$clock;
    reg  [15:0] timer$d;
    wire  [15:0] timer$q;
    reg  timer$clock;
    reg  line$d;
    wire  line$q;
    reg  line$clock;
    
    // Sub module instances
    control_plane$bridge$transmitter$frame frame(
        .d(frame$d),
        .q(frame$q),
        .clock(frame$clock)
    );
    control_plane$bridge$transmitter$bits_left bits_left(
        .d(bits_left$d),
        .q(bits_left$q),
        .clock(bits_left$clock)
    );
    control_plane$bridge$transmitter$timer timer(
        .d(timer$d),
        .q(timer$q),
        .clock(timer$clock)
    );
    control_plane$bridge$transmitter$line line(
        .d(line$d),
        .q(line$q),
        .clock(line$clock)
    );
    
    // Update code
    always @(*) begin
        frame$clock = clock;
        bits_left$clock = clock;
        timer$clock = clock;
        line$clock = clock;
        frame$d = frame$q;
        bits_left$d = bits_left$q;
        timer$d = timer$q;
        line$d = line$q;
        busy = |bits_left$q;
        tx = line$q;
        if (|bits_left$q) begin
            timer$d = timer$q + timer_one;
            if (timer$q == clocks_per_bit_minus_one) begin
                timer$d = timer_zero;
                bits_left$d = bits_left$q - one_bit;
                frame$d = frame$q >> 32'h1;
                line$d = frame$q[32'h1] | (bits_left$q == one_bit);
            end
        end
        else begin
            line$d = 1'b1;
            if (send) begin
                frame$d = (((data) & 10'h3ff) << 32'h1) | stop_bit;
                bits_left$d = character_bits;
                timer$d = timer_zero;
                line$d = 1'b0;
            end
        end
        if (reset) begin
            bits_left$d = no_bits;
            line$d = 1'b1;
        end
    end
    
endmodule // control_plane$bridge$transmitter


module control_plane$bridge$transmitter$bits_left(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$transmitter$bits_left


module control_plane$bridge$transmitter$frame(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$transmitter$frame


module control_plane$bridge$transmitter$line(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$transmitter$line


module control_plane$bridge$transmitter$timer(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$transmitter$timer


module control_plane$bridge$tx_crc(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$tx_crc


module control_plane$bridge$words(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [5:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [5:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[63:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // control_plane$bridge$words


module control_plane$bridge$words_done(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$bridge$words_done


module control_plane$control(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$control


module control_plane$done(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$done


module control_plane$error(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$error


module control_plane$pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$pending


module control_plane$pending_register(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Enums
    localparam ControlRegister$Unmapped = 0;
    localparam ControlRegister$Magic = 1;
    localparam ControlRegister$Version = 2;
    localparam ControlRegister$Scratch = 3;
    localparam ControlRegister$ClockHz = 4;
    localparam ControlRegister$Blocks = 5;
    localparam ControlRegister$BridgeCounter = 6;
    localparam ControlRegister$PowerStatus = 7;
    localparam ControlRegister$RailEnable = 8;
    localparam ControlRegister$RailPowerGood = 9;
    localparam ControlRegister$FaultRails = 10;
    localparam ControlRegister$VaultCount = 11;
    localparam ControlRegister$LastVaultCycles = 12;
    localparam ControlRegister$WatchdogExpiries = 13;
    localparam ControlRegister$VaultElapsed = 14;
    localparam ControlRegister$PgWatched = 15;
    localparam ControlRegister$RailIndex = 16;
    localparam ControlRegister$StepCycles = 17;
    localparam ControlRegister$PowerControl = 18;
    localparam ControlRegister$External = 19;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$pending_register


module control_plane$power(clock,reset,ac_ok,orderly_shutdown,backup_ok,pg,bios_vault_done,bios_vault_failed,power_button,rearm,flag_clear,rail_en,cpu_reboot,power_off_flag,state,rail_index,pg_watched,step_cycles,vault_elapsed,ac_good,fault,fault_rails,fault_pg_timeout,fault_pg_lost,vault_impossible,vault_failed,watchdog_expired,vault_count,last_vault_cycles,watchdog_expiries);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  ac_ok;
    input wire  orderly_shutdown;
    input wire  backup_ok;
    input wire  [7:0] pg;
    input wire  bios_vault_done;
    input wire  bios_vault_failed;
    input wire  power_button;
    input wire  rearm;
    input wire  flag_clear;
    output reg  [7:0] rail_en;
    output reg  cpu_reboot;
    output reg  power_off_flag;
    output reg  [3:0] state;
    output reg  [2:0] rail_index;
    output reg  [7:0] pg_watched;
    output reg  [31:0] step_cycles;
    output reg  [31:0] vault_elapsed;
    output reg  ac_good;
    output reg  fault;
    output reg  [7:0] fault_rails;
    output reg  fault_pg_timeout;
    output reg  fault_pg_lost;
    output reg  vault_impossible;
    output reg  vault_failed;
    output reg  watchdog_expired;
    output reg  [31:0] vault_count;
    output reg  [31:0] last_vault_cycles;
    output reg  [31:0] watchdog_expiries;
    
    // Constant declarations
    localparam  ac_debounce_minus_one = 32'h7;
    localparam  last_rail = 3'b111;
    localparam  first_shed_rail = 3'b100;
    localparam  last_protected_rail = 3'b11;
    localparam  first_rail = 3'b0;
    localparam  next_rail = 3'b1;
    localparam  last_rail_bit = 8'h80;
    localparam  below_last_protected_rail = 8'h7;
    localparam  rail_zero = 8'h1;
    localparam  no_cycles = 32'h0;
    localparam  one_cycle = 32'h1;
    localparam  no_rails = 8'h0;
    localparam  vault_watchdog_minus_one = 32'h12b;
    
    // Enums
    localparam PowerState$Off = 0;
    localparam PowerState$PowerOn = 1;
    localparam PowerState$Run = 2;
    localparam PowerState$Shutdown = 3;
    localparam PowerState$Shed = 4;
    localparam PowerState$SetFlag = 5;
    localparam PowerState$Reboot = 6;
    localparam PowerState$VaultWait = 7;
    localparam PowerState$VaultOff = 8;
    localparam PowerState$AcWait = 9;
    localparam PowerState$Fault = 10;
    
    // Stub signals
    reg  [3:0] fsm$d;
    wire  [3:0] fsm$q;
    reg  fsm$clock;
    reg  [7:0] rails_on$d;
    wire  [7:0] rails_on$q;
    reg  rails_on$clock;
    reg  [7:0] pg_expected$d;
    wire  [7:0] pg_expected$q;
    reg  pg_expected$clock;
    reg  [2:0] rail$d;
    wire  [2:0] rail$q;
    reg  rail$clock;
    reg  ac_level$d;
    wire  ac_level$q;
    reg  ac_level$clock;
    reg  [31:0] ac_count$d;
    wire  [31:0] ac_count$q;
    reg  ac_count$clock;
    reg  [31:0] watchdog$d;
    wire  [31:0] watchdog$q;
    reg  watchdog$clock;
    reg  step$clock;
    reg  step$restart;
    wire  [31:0] step$cycles;
    wire  step$reached_off_gap;
    wire  step$reached_shed_gap;
    wire  step$reached_pg_timeout;
    wire  step$reached_reboot_pulse;
    reg  settle$clock;
    reg  settle$level;
    reg  settle$enable;
    reg  settle$restart;
    wire  settle$reached;
    reg  loss$clock;
    reg  loss$level;
    reg  loss$enable;
    reg  loss$restart;
    wire  loss$reached;
    reg  all_good$clock;
    reg  all_good$level;
    reg  all_good$enable;
    reg  all_good$restart;
    wire  all_good$reached;
    reg  watchdog_reached_limit$d;
    wire  watchdog_reached_limit$q;
    reg  watchdog_reached_limit$clock;
    reg  flag$d;
    wire  flag$q;
    reg  flag$clock;
    reg  reboot$d;
    wire  reboot$q;
    reg  reboot$clock;
    reg  [7:0] fault_rails_latched$d;
    wire  [7:0] fault_rails_latched$q;
    reg  fault_rails_latched$clock;
    reg  pg_timeout_latched$d;
    wire  pg_timeout_latched$q;
    reg  pg_timeout_latched$clock;
    reg  pg_lost_latched$d;
    wire  pg_lost_latched$q;
    reg  pg_lost_latched$clock;
    reg  vault_impossible_latched$d;
    wire  vault_impossible_latched$q;
    reg  vault_impossible_latched$clock;
    reg  vault_failed_latched$d;
    wire  vault_failed_latched$q;
    reg  vault_failed_latched$clock;
    reg  watchdog_expired_latched$d;
    wire  watchdog_expired_latched$q;
    reg  watchdog_expired_latched$clock;
    reg  [31:0] vault_counter$d;
    wire  [31:0] vault_counter$q;
    reg  vault_counter$clock;
    reg  [31:0] last_vault_counter$d;
    wire  [31:0] last_vault_counter$q;
    reg  last_vault_counter$clock;
    reg  [31:0] watchdog_counter$d;
    wire  [31:0] watchdog_counter$q;
    reg  watchdog_counter$clock;
    
    // Local signals
    reg  [7:0] rail_bit;
    reg  [7:0] pg_missing;
    reg  rail_settled;
    reg  pg_lost_now;
    reg  in_vault;
    
    // Sub module instances
    control_plane$power$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    control_plane$power$rails_on rails_on(
        .d(rails_on$d),
        .q(rails_on$q),
        .clock(rails_on$clock)
    );
    control_plane$power$pg_expected pg_expected(
        .d(pg_expected$d),
        .q(pg_expected$q),
        .clock(pg_expected$clock)
    );
    control_plane$power$rail rail(
        .d(rail$d),
        .q(rail$q),
        .clock(rail$clock)
    );
    control_plane$power$ac_level ac_level(
        .d(ac_level$d),
        .q(ac_level$q),
        .clock(ac_level$clock)
    );
    control_plane$power$ac_count ac_count(
        .d(ac_count$d),
        .q(ac_count$q),
        .clock(ac_count$clock)
    );
    control_plane$power$watchdog watchdog(
        .d(watchdog$d),
        .q(watchdog$q),
        .clock(watchdog$clock)
    );
    control_plane$power$step step(
        .clock(step$clock),
        .restart(step$restart),
        .cycles(step$cycles),
        .reached_off_gap(step$reached_off_gap),
        .reached_shed_gap(step$reached_shed_gap),
        .reached_pg_timeout(step$reached_pg_timeout),
        .reached_reboot_pulse(step$reached_reboot_pulse)
    );
    control_plane$power$settle settle(
        .clock(settle$clock),
        .level(settle$level),
        .enable(settle$enable),
        .restart(settle$restart),
        .reached(settle$reached)
    );
    control_plane$power$loss loss(
        .clock(loss$clock),
        .level(loss$level),
        .enable(loss$enable),
        .restart(loss$restart),
        .reached(loss$reached)
    );
    control_plane$power$all_good all_good(
        .clock(all_good$clock),
        .level(all_good$level),
        .enable(all_good$enable),
        .restart(all_good$restart),
        .reached(all_good$reached)
    );
    control_plane$power$watchdog_reached_limit watchdog_reached_limit(
        .d(watchdog_reached_limit$d),
        .q(watchdog_reached_limit$q),
        .clock(watchdog_reached_limit$clock)
    );
    control_plane$power$flag flag(
        .d(flag$d),
        .q(flag$q),
        .clock(flag$clock)
    );
    control_plane$power$reboot reboot(
        .d(reboot$d),
        .q(reboot$q),
        .clock(reboot$clock)
    );
    control_plane$power$fault_rails_latched fault_rails_latched(
        .d(fault_rails_latched$d),
        .q(fault_rails_latched$q),
        .clock(fault_rails_latched$clock)
    );
    control_plane$power$pg_timeout_latched pg_timeout_latched(
        .d(pg_timeout_latched$d),
        .q(pg_timeout_latched$q),
        .clock(pg_timeout_latched$clock)
    );
    control_plane$power$pg_lost_latched pg_lost_latched(
        .d(pg_lost_latched$d),
        .q(pg_lost_latched$q),
        .clock(pg_lost_latched$clock)
    );
    control_plane$power$vault_impossible_latched vault_impossible_latched(
        .d(vault_impossible_latched$d),
        .q(vault_impossible_latched$q),
        .clock(vault_impossible_latched$clock)
    );
    control_plane$power$vault_failed_latched vault_failed_latched(
        .d(vault_failed_latched$d),
        .q(vault_failed_latched$q),
        .clock(vault_failed_latched$clock)
    );
    control_plane$power$watchdog_expired_latched watchdog_expired_latched(
        .d(watchdog_expired_latched$d),
        .q(watchdog_expired_latched$q),
        .clock(watchdog_expired_latched$clock)
    );
    control_plane$power$vault_counter vault_counter(
        .d(vault_counter$d),
        .q(vault_counter$q),
        .clock(vault_counter$clock)
    );
    control_plane$power$last_vault_counter last_vault_counter(
        .d(last_vault_counter$d),
        .q(last_vault_counter$q),
        .clock(last_vault_counter$clock)
    );
    control_plane$power$watchdog_counter watchdog_counter(
        .d(watchdog_counter$d),
        .q(watchdog_counter$q),
        .clock(watchdog_counter$clock)
    );
    
    // Update code
    always @(*) begin
        fsm$clock = clock;
        rails_on$clock = clock;
        pg_expected$clock = clock;
        rail$clock = clock;
        ac_level$clock = clock;
        ac_count$clock = clock;
        watchdog$clock = clock;
        flag$clock = clock;
        reboot$clock = clock;
        fault_rails_latched$clock = clock;
        pg_timeout_latched$clock = clock;
        pg_lost_latched$clock = clock;
        vault_impossible_latched$clock = clock;
        vault_failed_latched$clock = clock;
        watchdog_expired_latched$clock = clock;
        vault_counter$clock = clock;
        last_vault_counter$clock = clock;
        watchdog_counter$clock = clock;
        watchdog_reached_limit$clock = clock;
        fsm$d = fsm$q;
        rails_on$d = rails_on$q;
        pg_expected$d = pg_expected$q;
        rail$d = rail$q;
        ac_level$d = ac_level$q;
        ac_count$d = ac_count$q;
        watchdog$d = watchdog$q;
        flag$d = flag$q;
        reboot$d = reboot$q;
        fault_rails_latched$d = fault_rails_latched$q;
        pg_timeout_latched$d = pg_timeout_latched$q;
        pg_lost_latched$d = pg_lost_latched$q;
        vault_impossible_latched$d = vault_impossible_latched$q;
        vault_failed_latched$d = vault_failed_latched$q;
        watchdog_expired_latched$d = watchdog_expired_latched$q;
        vault_counter$d = vault_counter$q;
        last_vault_counter$d = last_vault_counter$q;
        watchdog_counter$d = watchdog_counter$q;
        watchdog_reached_limit$d = watchdog_reached_limit$q;
        rail_en = rails_on$q;
        cpu_reboot = reboot$q;
        power_off_flag = flag$q;
        state = fsm$q;
        rail_index = rail$q;
        step_cycles = step$cycles;
        pg_watched = pg_expected$q & rails_on$q;
        vault_elapsed = watchdog$q;
        ac_good = ac_level$q;
        fault = pg_timeout_latched$q | pg_lost_latched$q;
        fault_rails = fault_rails_latched$q;
        fault_pg_timeout = pg_timeout_latched$q;
        fault_pg_lost = pg_lost_latched$q;
        vault_impossible = vault_impossible_latched$q;
        vault_failed = vault_failed_latched$q;
        watchdog_expired = watchdog_expired_latched$q;
        vault_count = vault_counter$q;
        last_vault_cycles = last_vault_counter$q;
        watchdog_expiries = watchdog_counter$q;
        rail_bit = rail_zero << rail$q;
        ac_count$d = no_cycles;
        if (ac_ok != ac_level$q) begin
            if (ac_count$q >= ac_debounce_minus_one) begin
                ac_level$d = ac_ok;
            end
            else begin
                ac_count$d = ac_count$q + one_cycle;
            end
        end
        pg_expected$d = pg_expected$q & rails_on$q;
        pg_missing = pg_expected$q & rails_on$q & ~pg;
        loss$clock = clock;
        loss$level = |pg_missing;
        loss$enable = 1'b1;
        loss$restart = 1'b0;
        all_good$clock = clock;
        all_good$level = ~|pg_missing;
        all_good$enable = 1'b1;
        all_good$restart = 1'b0;
        pg_lost_now = |pg_missing & loss$reached;
        settle$clock = clock;
        settle$level = pg[rail$q];
        settle$enable = fsm$q == PowerState$PowerOn;
        settle$restart = 1'b0;
        rail_settled = pg[rail$q] & settle$reached;
        reboot$d = 1'b0;
        step$clock = clock;
        step$restart = 1'b0;
        in_vault = (fsm$q == PowerState$Shed) | (fsm$q == PowerState$SetFlag) | (fsm$q == PowerState$Reboot) | (fsm$q == PowerState$VaultWait);
        if (in_vault & ~&watchdog$q) begin
            watchdog$d = watchdog$q + one_cycle;
        end
        if (in_vault) begin
            watchdog_reached_limit$d = watchdog$q >= vault_watchdog_minus_one;
        end
        case (fsm$q)
            PowerState$Off:
                begin
                    if (power_button & ac_level$q) begin
                        fsm$d = PowerState$PowerOn;
                        rail$d = first_rail;
                        rails_on$d = rail_zero;
                        step$restart = 1'b1;
                        settle$restart = 1'b1;
                    end
                end
            PowerState$AcWait:
                begin
                    if (ac_level$q & step$reached_off_gap) begin
                        fsm$d = PowerState$PowerOn;
                        rail$d = first_rail;
                        rails_on$d = rail_zero;
                        step$restart = 1'b1;
                        settle$restart = 1'b1;
                    end
                end
            PowerState$PowerOn:
                begin
                    if (~ac_level$q) begin
                        fsm$d = PowerState$AcWait;
                        rails_on$d = no_rails;
                        pg_expected$d = no_rails;
                        step$restart = 1'b1;
                    end
                    else begin
                        if (rail_settled) begin
                            pg_expected$d = pg_expected$q | rail_bit;
                        end
                        if (rail_settled & ~|pg_missing & all_good$reached) begin
                            step$restart = 1'b1;
                            settle$restart = 1'b1;
                            if (rail$q >= last_rail) begin
                                fsm$d = PowerState$Run;
                            end
                            else begin
                                rail$d = rail$q + next_rail;
                                rails_on$d = rails_on$q | (rail_bit << 32'h1);
                            end
                        end
                        else if (step$reached_pg_timeout) begin
                            fsm$d = PowerState$Fault;
                            pg_timeout_latched$d = 1'b1;
                            fault_rails_latched$d = fault_rails_latched$q | rail_bit;
                            rails_on$d = no_rails;
                            pg_expected$d = no_rails;
                        end
                    end
                end
            PowerState$Run:
                begin
                    if (orderly_shutdown) begin
                        fsm$d = PowerState$Shutdown;
                        rail$d = last_rail;
                        rails_on$d = rails_on$q & ~last_rail_bit;
                        step$restart = 1'b1;
                    end
                    else if (~ac_level$q) begin
                        if (backup_ok) begin
                            fsm$d = PowerState$Shed;
                            rail$d = last_rail;
                            rails_on$d = rails_on$q & ~last_rail_bit;
                            step$restart = 1'b1;
                            watchdog$d = no_cycles;
                            watchdog_reached_limit$d = 1'b0;
                            vault_counter$d = vault_counter$q + 32'h1;
                        end
                        else begin
                            fsm$d = PowerState$AcWait;
                            vault_impossible_latched$d = 1'b1;
                            rails_on$d = no_rails;
                            pg_expected$d = no_rails;
                            step$restart = 1'b1;
                        end
                    end
                end
            PowerState$Shutdown:
                begin
                    if (step$reached_off_gap) begin
                        step$restart = 1'b1;
                        if (rail$q == first_rail) begin
                            fsm$d = PowerState$Off;
                        end
                        else begin
                            rail$d = rail$q - next_rail;
                            rails_on$d = rails_on$q & ~(rail_bit >> 32'h1);
                        end
                    end
                end
            PowerState$Shed:
                begin
                    if (step$reached_shed_gap) begin
                        step$restart = 1'b1;
                        if (rail$q <= first_shed_rail) begin
                            fsm$d = PowerState$SetFlag;
                        end
                        else begin
                            rail$d = rail$q - next_rail;
                            rails_on$d = rails_on$q & ~(rail_bit >> 32'h1);
                        end
                    end
                end
            PowerState$SetFlag:
                begin
                    flag$d = 1'b1;
                    fsm$d = PowerState$Reboot;
                    step$restart = 1'b1;
                end
            PowerState$Reboot:
                begin
                    reboot$d = 1'b1;
                    if (step$reached_reboot_pulse) begin
                        fsm$d = PowerState$VaultWait;
                    end
                end
            PowerState$VaultWait:
                begin
                    if (bios_vault_failed | bios_vault_done) begin
                        if (bios_vault_failed) begin
                            vault_failed_latched$d = 1'b1;
                        end
                        last_vault_counter$d = watchdog$q;
                        fsm$d = PowerState$VaultOff;
                        rail$d = last_protected_rail;
                        rails_on$d = rails_on$q & below_last_protected_rail;
                        step$restart = 1'b1;
                    end
                end
            PowerState$VaultOff:
                begin
                    if (step$reached_off_gap) begin
                        step$restart = 1'b1;
                        if (rail$q == first_rail) begin
                            fsm$d = PowerState$AcWait;
                        end
                        else begin
                            rail$d = rail$q - next_rail;
                            rails_on$d = rails_on$q & ~(rail_bit >> 32'h1);
                        end
                    end
                end
            PowerState$Fault:
                begin
                    if (rearm) begin
                        fsm$d = PowerState$Off;
                    end
                end
            default:
                begin
                    fsm$d = PowerState$Off;
                end
        endcase
        if (in_vault & watchdog_reached_limit$q) begin
            fsm$d = PowerState$VaultOff;
            rail$d = last_protected_rail;
            step$restart = 1'b1;
            watchdog_expired_latched$d = 1'b1;
            last_vault_counter$d = watchdog$q;
            if (~&watchdog_counter$q) begin
                watchdog_counter$d = watchdog_counter$q + 32'h1;
            end
            rails_on$d = rails_on$q & below_last_protected_rail;
        end
        if (pg_lost_now) begin
            fsm$d = PowerState$Fault;
            pg_lost_latched$d = 1'b1;
            fault_rails_latched$d = fault_rails_latched$q | pg_missing;
            rails_on$d = no_rails;
            pg_expected$d = no_rails;
        end
        if (flag_clear & ~in_vault) begin
            flag$d = 1'b0;
        end
        if (rearm) begin
            pg_timeout_latched$d = 1'b0;
            pg_lost_latched$d = 1'b0;
            fault_rails_latched$d = no_rails;
            vault_impossible_latched$d = 1'b0;
            vault_failed_latched$d = 1'b0;
            watchdog_expired_latched$d = 1'b0;
        end
        if (reset) begin
            fsm$d = PowerState$Off;
            rails_on$d = no_rails;
            pg_expected$d = no_rails;
            rail$d = first_rail;
            step$restart = 1'b1;
            settle$restart = 1'b1;
            ac_level$d = 1'b0;
            ac_count$d = no_cycles;
            loss$restart = 1'b1;
            all_good$restart = 1'b1;
            watchdog$d = no_cycles;
            watchdog_reached_limit$d = 1'b0;
            reboot$d = 1'b0;
            pg_timeout_latched$d = 1'b0;
            pg_lost_latched$d = 1'b0;
            fault_rails_latched$d = no_rails;
            vault_impossible_latched$d = 1'b0;
            vault_failed_latched$d = 1'b0;
            watchdog_expired_latched$d = 1'b0;
        end
    end
    
endmodule // control_plane$power


module control_plane$power$ac_count(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$ac_count


module control_plane$power$ac_level(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$ac_level


module control_plane$power$all_good(clock,level,enable,restart,reached);
    
    // Module arguments
    input wire  clock;
    input wire  level;
    input wire  enable;
    input wire  restart;
    output reg  reached;
    
    // Constant declarations
    localparam  threshold_minus_two = 32'h2;
    localparam  no_cycles = 32'h0;
    localparam  one_cycle = 32'h1;
    
    // Stub signals
    reg  [31:0] count$d;
    wire  [31:0] count$q;
    reg  count$clock;
    reg  reached_flag$d;
    wire  reached_flag$q;
    reg  reached_flag$clock;
    
    // Sub module instances
    control_plane$power$all_good$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    control_plane$power$all_good$reached_flag reached_flag(
        .d(reached_flag$d),
        .q(reached_flag$q),
        .clock(reached_flag$clock)
    );
    
    // Update code
    always @(*) begin
        count$clock = clock;
        reached_flag$clock = clock;
        count$d = count$q;
        reached_flag$d = reached_flag$q;
        reached = reached_flag$q;
        if (enable) begin
            count$d = no_cycles;
            reached_flag$d = 1'b0;
            if (level) begin
                reached_flag$d = count$q >= threshold_minus_two;
                count$d = count$q;
                if (~&count$q) begin
                    count$d = count$q + one_cycle;
                end
            end
        end
        if (restart) begin
            count$d = no_cycles;
            reached_flag$d = 1'b0;
        end
    end
    
endmodule // control_plane$power$all_good


module control_plane$power$all_good$count(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$all_good$count


module control_plane$power$all_good$reached_flag(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$all_good$reached_flag


module control_plane$power$fault_rails_latched(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$fault_rails_latched


module control_plane$power$flag(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$flag


module control_plane$power$fsm(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam PowerState$Off = 0;
    localparam PowerState$PowerOn = 1;
    localparam PowerState$Run = 2;
    localparam PowerState$Shutdown = 3;
    localparam PowerState$Shed = 4;
    localparam PowerState$SetFlag = 5;
    localparam PowerState$Reboot = 6;
    localparam PowerState$VaultWait = 7;
    localparam PowerState$VaultOff = 8;
    localparam PowerState$AcWait = 9;
    localparam PowerState$Fault = 10;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$fsm


module control_plane$power$last_vault_counter(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$last_vault_counter


module control_plane$power$loss(clock,level,enable,restart,reached);
    
    // Module arguments
    input wire  clock;
    input wire  level;
    input wire  enable;
    input wire  restart;
    output reg  reached;
    
    // Constant declarations
    localparam  threshold_minus_two = 32'h1;
    localparam  no_cycles = 32'h0;
    localparam  one_cycle = 32'h1;
    
    // Stub signals
    reg  [31:0] count$d;
    wire  [31:0] count$q;
    reg  count$clock;
    reg  reached_flag$d;
    wire  reached_flag$q;
    reg  reached_flag$clock;
    
    // Sub module instances
    control_plane$power$loss$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    control_plane$power$loss$reached_flag reached_flag(
        .d(reached_flag$d),
        .q(reached_flag$q),
        .clock(reached_flag$clock)
    );
    
    // Update code
    always @(*) begin
        count$clock = clock;
        reached_flag$clock = clock;
        count$d = count$q;
        reached_flag$d = reached_flag$q;
        reached = reached_flag$q;
        if (enable) begin
            count$d = no_cycles;
            reached_flag$d = 1'b0;
            if (level) begin
                reached_flag$d = count$q >= threshold_minus_two;
                count$d = count$q;
                if (~&count$q) begin
                    count$d = count$q + one_cycle;
                end
            end
        end
        if (restart) begin
            count$d = no_cycles;
            reached_flag$d = 1'b0;
        end
    end
    
endmodule // control_plane$power$loss


module control_plane$power$loss$count(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$loss$count


module control_plane$power$loss$reached_flag(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$loss$reached_flag


module control_plane$power$pg_expected(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$pg_expected


module control_plane$power$pg_lost_latched(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$pg_lost_latched


module control_plane$power$pg_timeout_latched(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$pg_timeout_latched


module control_plane$power$rail(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$rail


module control_plane$power$rails_on(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$rails_on


module control_plane$power$reboot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$reboot


module control_plane$power$settle(clock,level,enable,restart,reached);
    
    // Module arguments
    input wire  clock;
    input wire  level;
    input wire  enable;
    input wire  restart;
    output reg  reached;
    
    // Constant declarations
    localparam  threshold_minus_two = 32'h2;
    localparam  no_cycles = 32'h0;
    localparam  one_cycle = 32'h1;
    
    // Stub signals
    reg  [31:0] count$d;
    wire  [31:0] count$q;
    reg  count$clock;
    reg  reached_flag$d;
    wire  reached_flag$q;
    reg  reached_flag$clock;
    
    // Sub module instances
    control_plane$power$settle$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    control_plane$power$settle$reached_flag reached_flag(
        .d(reached_flag$d),
        .q(reached_flag$q),
        .clock(reached_flag$clock)
    );
    
    // Update code
    always @(*) begin
        count$clock = clock;
        reached_flag$clock = clock;
        count$d = count$q;
        reached_flag$d = reached_flag$q;
        reached = reached_flag$q;
        if (enable) begin
            count$d = no_cycles;
            reached_flag$d = 1'b0;
            if (level) begin
                reached_flag$d = count$q >= threshold_minus_two;
                count$d = count$q;
                if (~&count$q) begin
                    count$d = count$q + one_cycle;
                end
            end
        end
        if (restart) begin
            count$d = no_cycles;
            reached_flag$d = 1'b0;
        end
    end
    
endmodule // control_plane$power$settle


module control_plane$power$settle$count(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$settle$count


module control_plane$power$settle$reached_flag(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$settle$reached_flag


module control_plane$power$step(clock,restart,cycles,reached_off_gap,reached_shed_gap,reached_pg_timeout,reached_reboot_pulse);
    
    // Module arguments
    input wire  clock;
    input wire  restart;
    output reg  [31:0] cycles;
    output reg  reached_off_gap;
    output reg  reached_shed_gap;
    output reg  reached_pg_timeout;
    output reg  reached_reboot_pulse;
    
    // Constant declarations
    localparam  off_gap_minus_one = 32'h2;
    localparam  shed_gap_minus_one = 32'h1;
    localparam  pg_timeout_minus_one = 32'h27;
    localparam  reboot_pulse_minus_two = 32'h2;
    localparam  no_cycles = 32'h0;
    localparam  one_cycle = 32'h1;
    
    // Stub signals
    reg  [31:0] timer$d;
    wire  [31:0] timer$q;
    reg  timer$clock;
    reg  off_gap$d;
    wire  off_gap$q;
    reg  off_gap$clock;
    reg  shed_gap$d;
    wire  shed_gap$q;
    reg  shed_gap$clock;
    reg  pg_timeout$d;
    wire  pg_timeout$q;
    reg  pg_timeout$clock;
    reg  reboot_pulse$d;
    wire  reboot_pulse$q;
    reg  reboot_pulse$clock;
    
    // Sub module instances
    control_plane$power$step$timer timer(
        .d(timer$d),
        .q(timer$q),
        .clock(timer$clock)
    );
    control_plane$power$step$off_gap off_gap(
        .d(off_gap$d),
        .q(off_gap$q),
        .clock(off_gap$clock)
    );
    control_plane$power$step$shed_gap shed_gap(
        .d(shed_gap$d),
        .q(shed_gap$q),
        .clock(shed_gap$clock)
    );
    control_plane$power$step$pg_timeout pg_timeout(
        .d(pg_timeout$d),
        .q(pg_timeout$q),
        .clock(pg_timeout$clock)
    );
    control_plane$power$step$reboot_pulse reboot_pulse(
        .d(reboot_pulse$d),
        .q(reboot_pulse$q),
        .clock(reboot_pulse$clock)
    );
    
    // Update code
    always @(*) begin
        timer$clock = clock;
        off_gap$clock = clock;
        shed_gap$clock = clock;
        pg_timeout$clock = clock;
        reboot_pulse$clock = clock;
        timer$d = timer$q;
        off_gap$d = off_gap$q;
        shed_gap$d = shed_gap$q;
        pg_timeout$d = pg_timeout$q;
        reboot_pulse$d = reboot_pulse$q;
        cycles = timer$q;
        reached_off_gap = off_gap$q;
        reached_shed_gap = shed_gap$q;
        reached_pg_timeout = pg_timeout$q;
        reached_reboot_pulse = reboot_pulse$q;
        if (~&timer$q) begin
            timer$d = timer$q + one_cycle;
        end
        off_gap$d = timer$q >= off_gap_minus_one;
        shed_gap$d = timer$q >= shed_gap_minus_one;
        pg_timeout$d = timer$q >= pg_timeout_minus_one;
        reboot_pulse$d = timer$q >= reboot_pulse_minus_two;
        if (restart) begin
            timer$d = no_cycles;
            off_gap$d = 1'b0;
            shed_gap$d = 1'b0;
            pg_timeout$d = 1'b0;
            reboot_pulse$d = 1'b0;
        end
    end
    
endmodule // control_plane$power$step


module control_plane$power$step$off_gap(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$step$off_gap


module control_plane$power$step$pg_timeout(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$step$pg_timeout


module control_plane$power$step$reboot_pulse(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$step$reboot_pulse


module control_plane$power$step$shed_gap(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$step$shed_gap


module control_plane$power$step$timer(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$step$timer


module control_plane$power$vault_counter(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$vault_counter


module control_plane$power$vault_failed_latched(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$vault_failed_latched


module control_plane$power$vault_impossible_latched(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$vault_impossible_latched


module control_plane$power$watchdog(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$watchdog


module control_plane$power$watchdog_counter(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$watchdog_counter


module control_plane$power$watchdog_expired_latched(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$watchdog_expired_latched


module control_plane$power$watchdog_reached_limit(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$power$watchdog_reached_limit


module control_plane$read_data(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$read_data


module control_plane$scratch(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // control_plane$scratch
