// alchitry_cu_core: generated from RustHDL by nic-hdl. Do not edit; regenerate with
// `cargo run -p nicctl -- emit --out hdl/verilog`.


module alchitry_cu_core(clock,reset,uart_rx,uart_tx,led_heartbeat,led_self_test_running,led_self_test_passed,led_self_test_failed,led_power_fault,led_power_off_flag,led_cpu_reboot,led_cpu_rail,ac_ok,orderly_shutdown,backup_ok,pg,bios_vault_done,bios_vault_failed,power_button,rail_en,cpu_reboot,power_off_flag,power_fault);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  uart_rx;
    output reg  uart_tx;
    output reg  led_heartbeat;
    output reg  led_self_test_running;
    output reg  led_self_test_passed;
    output reg  led_self_test_failed;
    output reg  led_power_fault;
    output reg  led_power_off_flag;
    output reg  led_cpu_reboot;
    output reg  led_cpu_rail;
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
    
    // Constant declarations
    localparam  one_32 = 32'h1;
    localparam  zero_16 = 16'h0;
    localparam  zero_32 = 32'h0;
    
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
    
    // Stub signals
    reg  control$clock;
    reg  control$reset;
    reg  control$uart_rx;
    wire  control$uart_tx;
    reg  control$direct_enable;
    reg  control$direct_request;
    reg  control$direct_write;
    reg  [15:0] control$direct_address;
    reg  [31:0] control$direct_write_data;
    wire  control$direct_done;
    wire  [31:0] control$direct_read_data;
    wire  control$direct_error;
    reg  control$ac_ok;
    reg  control$orderly_shutdown;
    reg  control$backup_ok;
    reg  [7:0] control$pg;
    reg  control$bios_vault_done;
    reg  control$bios_vault_failed;
    reg  control$power_button;
    wire  [7:0] control$rail_en;
    wire  control$cpu_reboot;
    wire  control$power_off_flag;
    wire  control$power_fault;
    wire  control$ext_request;
    wire  control$ext_write;
    wire  [15:0] control$ext_address;
    wire  [31:0] control$ext_write_data;
    reg  control$ext_ack;
    reg  [31:0] control$ext_read_data;
    reg  self_test$clock;
    reg  self_test$reset;
    reg  self_test$start;
    reg  self_test$inject_fault;
    wire  self_test$running;
    wire  self_test$passed;
    wire  self_test$failed;
    wire  [15:0] self_test$frames_sent;
    wire  [15:0] self_test$frames_checked;
    wire  [15:0] self_test$mismatches;
    wire  [15:0] self_test$first_mismatch;
    wire  [3:0] self_test$mismatch_kinds;
    wire  [31:0] self_test$run_cycles;
    wire  [15:0] self_test$runs;
    wire  [15:0] self_test$runs_passed;
    reg  [4:0] self_test$stat_index;
    wire  [31:0] self_test$stat_value;
    reg  registers$clock;
    reg  registers$reset;
    reg  registers$bus_request;
    reg  registers$bus_write;
    reg  [15:0] registers$bus_address;
    reg  [31:0] registers$bus_write_data;
    wire  registers$bus_ack;
    wire  [31:0] registers$bus_read_data;
    wire  registers$start;
    wire  registers$inject_fault;
    reg  registers$running;
    reg  registers$passed;
    reg  registers$failed;
    reg  [3:0] registers$mismatch_kinds;
    reg  [15:0] registers$frames_sent;
    reg  [15:0] registers$frames_checked;
    reg  [15:0] registers$mismatches;
    reg  [15:0] registers$first_mismatch;
    reg  [31:0] registers$run_cycles;
    reg  [15:0] registers$runs;
    reg  [15:0] registers$runs_passed;
    wire  [4:0] registers$stat_index;
    reg  [31:0] registers$stat_value;
    reg  ac_ok_sync$sig_in;
    wire  ac_ok_sync$sig_out;
    reg  ac_ok_sync$clock;
    reg  orderly_shutdown_sync$sig_in;
    wire  orderly_shutdown_sync$sig_out;
    reg  orderly_shutdown_sync$clock;
    reg  backup_ok_sync$sig_in;
    wire  backup_ok_sync$sig_out;
    reg  backup_ok_sync$clock;
    reg  bios_vault_done_sync$sig_in;
    wire  bios_vault_done_sync$sig_out;
    reg  bios_vault_done_sync$clock;
    reg  bios_vault_failed_sync$sig_in;
    wire  bios_vault_failed_sync$sig_out;
    reg  bios_vault_failed_sync$clock;
    reg  power_button_sync$sig_in;
    wire  power_button_sync$sig_out;
    reg  power_button_sync$clock;
    reg  [7:0] pg_meta$d;
    wire  [7:0] pg_meta$q;
    reg  pg_meta$clock;
    reg  [7:0] pg_sync$d;
    wire  [7:0] pg_sync$q;
    reg  pg_sync$clock;
    reg  [31:0] blink$d;
    wire  [31:0] blink$q;
    reg  blink$clock;
    
    // Sub module instances
    alchitry_cu_core$control control(
        .clock(control$clock),
        .reset(control$reset),
        .uart_rx(control$uart_rx),
        .uart_tx(control$uart_tx),
        .direct_enable(control$direct_enable),
        .direct_request(control$direct_request),
        .direct_write(control$direct_write),
        .direct_address(control$direct_address),
        .direct_write_data(control$direct_write_data),
        .direct_done(control$direct_done),
        .direct_read_data(control$direct_read_data),
        .direct_error(control$direct_error),
        .ac_ok(control$ac_ok),
        .orderly_shutdown(control$orderly_shutdown),
        .backup_ok(control$backup_ok),
        .pg(control$pg),
        .bios_vault_done(control$bios_vault_done),
        .bios_vault_failed(control$bios_vault_failed),
        .power_button(control$power_button),
        .rail_en(control$rail_en),
        .cpu_reboot(control$cpu_reboot),
        .power_off_flag(control$power_off_flag),
        .power_fault(control$power_fault),
        .ext_request(control$ext_request),
        .ext_write(control$ext_write),
        .ext_address(control$ext_address),
        .ext_write_data(control$ext_write_data),
        .ext_ack(control$ext_ack),
        .ext_read_data(control$ext_read_data)
    );
    alchitry_cu_core$self_test self_test(
        .clock(self_test$clock),
        .reset(self_test$reset),
        .start(self_test$start),
        .inject_fault(self_test$inject_fault),
        .running(self_test$running),
        .passed(self_test$passed),
        .failed(self_test$failed),
        .frames_sent(self_test$frames_sent),
        .frames_checked(self_test$frames_checked),
        .mismatches(self_test$mismatches),
        .first_mismatch(self_test$first_mismatch),
        .mismatch_kinds(self_test$mismatch_kinds),
        .run_cycles(self_test$run_cycles),
        .runs(self_test$runs),
        .runs_passed(self_test$runs_passed),
        .stat_index(self_test$stat_index),
        .stat_value(self_test$stat_value)
    );
    alchitry_cu_core$registers registers(
        .clock(registers$clock),
        .reset(registers$reset),
        .bus_request(registers$bus_request),
        .bus_write(registers$bus_write),
        .bus_address(registers$bus_address),
        .bus_write_data(registers$bus_write_data),
        .bus_ack(registers$bus_ack),
        .bus_read_data(registers$bus_read_data),
        .start(registers$start),
        .inject_fault(registers$inject_fault),
        .running(registers$running),
        .passed(registers$passed),
        .failed(registers$failed),
        .mismatch_kinds(registers$mismatch_kinds),
        .frames_sent(registers$frames_sent),
        .frames_checked(registers$frames_checked),
        .mismatches(registers$mismatches),
        .first_mismatch(registers$first_mismatch),
        .run_cycles(registers$run_cycles),
        .runs(registers$runs),
        .runs_passed(registers$runs_passed),
        .stat_index(registers$stat_index),
        .stat_value(registers$stat_value)
    );
    alchitry_cu_core$ac_ok_sync ac_ok_sync(
        .sig_in(ac_ok_sync$sig_in),
        .sig_out(ac_ok_sync$sig_out),
        .clock(ac_ok_sync$clock)
    );
    alchitry_cu_core$orderly_shutdown_sync orderly_shutdown_sync(
        .sig_in(orderly_shutdown_sync$sig_in),
        .sig_out(orderly_shutdown_sync$sig_out),
        .clock(orderly_shutdown_sync$clock)
    );
    alchitry_cu_core$backup_ok_sync backup_ok_sync(
        .sig_in(backup_ok_sync$sig_in),
        .sig_out(backup_ok_sync$sig_out),
        .clock(backup_ok_sync$clock)
    );
    alchitry_cu_core$bios_vault_done_sync bios_vault_done_sync(
        .sig_in(bios_vault_done_sync$sig_in),
        .sig_out(bios_vault_done_sync$sig_out),
        .clock(bios_vault_done_sync$clock)
    );
    alchitry_cu_core$bios_vault_failed_sync bios_vault_failed_sync(
        .sig_in(bios_vault_failed_sync$sig_in),
        .sig_out(bios_vault_failed_sync$sig_out),
        .clock(bios_vault_failed_sync$clock)
    );
    alchitry_cu_core$power_button_sync power_button_sync(
        .sig_in(power_button_sync$sig_in),
        .sig_out(power_button_sync$sig_out),
        .clock(power_button_sync$clock)
    );
    alchitry_cu_core$pg_meta pg_meta(
        .d(pg_meta$d),
        .q(pg_meta$q),
        .clock(pg_meta$clock)
    );
    alchitry_cu_core$pg_sync pg_sync(
        .d(pg_sync$d),
        .q(pg_sync$q),
        .clock(pg_sync$clock)
    );
    alchitry_cu_core$blink blink(
        .d(blink$d),
        .q(blink$q),
        .clock(blink$clock)
    );
    
    // Update code
    always @(*) begin
        pg_meta$clock = clock;
        pg_sync$clock = clock;
        blink$clock = clock;
        pg_meta$d = pg_meta$q;
        pg_sync$d = pg_sync$q;
        blink$d = blink$q;
        control$clock = clock;
        self_test$clock = clock;
        registers$clock = clock;
        ac_ok_sync$clock = clock;
        orderly_shutdown_sync$clock = clock;
        backup_ok_sync$clock = clock;
        bios_vault_done_sync$clock = clock;
        bios_vault_failed_sync$clock = clock;
        power_button_sync$clock = clock;
        control$reset = reset;
        self_test$reset = reset;
        registers$reset = reset;
        ac_ok_sync$sig_in = ac_ok;
        orderly_shutdown_sync$sig_in = orderly_shutdown;
        backup_ok_sync$sig_in = backup_ok;
        bios_vault_done_sync$sig_in = bios_vault_done;
        bios_vault_failed_sync$sig_in = bios_vault_failed;
        power_button_sync$sig_in = power_button;
        pg_meta$d = pg;
        pg_sync$d = pg_meta$q;
        control$uart_rx = uart_rx;
        uart_tx = control$uart_tx;
        control$direct_enable = 1'b0;
        control$direct_request = 1'b0;
        control$direct_write = 1'b0;
        control$direct_address = zero_16;
        control$direct_write_data = zero_32;
        control$ac_ok = ac_ok_sync$sig_out;
        control$orderly_shutdown = orderly_shutdown_sync$sig_out;
        control$backup_ok = backup_ok_sync$sig_out;
        control$bios_vault_done = bios_vault_done_sync$sig_out;
        control$bios_vault_failed = bios_vault_failed_sync$sig_out;
        control$power_button = power_button_sync$sig_out;
        control$pg = pg_sync$q;
        rail_en = control$rail_en;
        cpu_reboot = control$cpu_reboot;
        power_off_flag = control$power_off_flag;
        power_fault = control$power_fault;
        registers$bus_request = control$ext_request;
        registers$bus_write = control$ext_write;
        registers$bus_address = control$ext_address;
        registers$bus_write_data = control$ext_write_data;
        control$ext_ack = registers$bus_ack;
        control$ext_read_data = registers$bus_read_data;
        self_test$start = registers$start;
        self_test$inject_fault = registers$inject_fault;
        self_test$stat_index = registers$stat_index;
        registers$stat_value = self_test$stat_value;
        registers$running = self_test$running;
        registers$passed = self_test$passed;
        registers$failed = self_test$failed;
        registers$mismatch_kinds = self_test$mismatch_kinds;
        registers$frames_sent = self_test$frames_sent;
        registers$frames_checked = self_test$frames_checked;
        registers$mismatches = self_test$mismatches;
        registers$first_mismatch = self_test$first_mismatch;
        registers$run_cycles = self_test$run_cycles;
        registers$runs = self_test$runs;
        registers$runs_passed = self_test$runs_passed;
        blink$d = blink$q + one_32;
        led_heartbeat = blink$q[32'h18];
        led_self_test_running = self_test$running;
        led_self_test_passed = self_test$passed;
        led_self_test_failed = self_test$failed;
        led_power_fault = control$power_fault;
        led_power_off_flag = control$power_off_flag;
        led_cpu_reboot = control$cpu_reboot;
        led_cpu_rail = control$rail_en[32'h2];
    end
    
endmodule // alchitry_cu_core


module alchitry_cu_core$ac_ok_sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    alchitry_cu_core$ac_ok_sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    alchitry_cu_core$ac_ok_sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // alchitry_cu_core$ac_ok_sync


module alchitry_cu_core$ac_ok_sync$dff0(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$ac_ok_sync$dff0


module alchitry_cu_core$ac_ok_sync$dff1(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$ac_ok_sync$dff1


module alchitry_cu_core$backup_ok_sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    alchitry_cu_core$backup_ok_sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    alchitry_cu_core$backup_ok_sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // alchitry_cu_core$backup_ok_sync


module alchitry_cu_core$backup_ok_sync$dff0(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$backup_ok_sync$dff0


module alchitry_cu_core$backup_ok_sync$dff1(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$backup_ok_sync$dff1


module alchitry_cu_core$bios_vault_done_sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    alchitry_cu_core$bios_vault_done_sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    alchitry_cu_core$bios_vault_done_sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // alchitry_cu_core$bios_vault_done_sync


module alchitry_cu_core$bios_vault_done_sync$dff0(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$bios_vault_done_sync$dff0


module alchitry_cu_core$bios_vault_done_sync$dff1(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$bios_vault_done_sync$dff1


module alchitry_cu_core$bios_vault_failed_sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    alchitry_cu_core$bios_vault_failed_sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    alchitry_cu_core$bios_vault_failed_sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // alchitry_cu_core$bios_vault_failed_sync


module alchitry_cu_core$bios_vault_failed_sync$dff0(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$bios_vault_failed_sync$dff0


module alchitry_cu_core$bios_vault_failed_sync$dff1(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$bios_vault_failed_sync$dff1


module alchitry_cu_core$blink(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$blink


module alchitry_cu_core$control(clock,reset,uart_rx,uart_tx,direct_enable,direct_request,direct_write,direct_address,direct_write_data,direct_done,direct_read_data,direct_error,ac_ok,orderly_shutdown,backup_ok,pg,bios_vault_done,bios_vault_failed,power_button,rail_en,cpu_reboot,power_off_flag,power_fault,ext_request,ext_write,ext_address,ext_write_data,ext_ack,ext_read_data);
    
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
    localparam  clock_hz = 32'h2faf080;
    localparam  blocks = 32'h17;
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
    alchitry_cu_core$control$bridge bridge(
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
    alchitry_cu_core$control$power power(
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
    alchitry_cu_core$control$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    alchitry_cu_core$control$pending_register pending_register(
        .d(pending_register$d),
        .q(pending_register$q),
        .clock(pending_register$clock)
    );
    alchitry_cu_core$control$done done(
        .d(done$d),
        .q(done$q),
        .clock(done$clock)
    );
    alchitry_cu_core$control$read_data read_data(
        .d(read_data$d),
        .q(read_data$q),
        .clock(read_data$clock)
    );
    alchitry_cu_core$control$error error(
        .d(error$d),
        .q(error$q),
        .clock(error$clock)
    );
    alchitry_cu_core$control$scratch scratch(
        .d(scratch$d),
        .q(scratch$q),
        .clock(scratch$clock)
    );
    alchitry_cu_core$control$control control(
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
    
endmodule // alchitry_cu_core$control


module alchitry_cu_core$control$bridge(clock,reset,rx,tx,bus_request,bus_write,bus_address,bus_write_data,bus_done,bus_read_data,bus_error,counter_read_index,counter_read_value);
    
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
    localparam  idle_limit_minus_one = 24'h18ff;
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
    alchitry_cu_core$control$bridge$receiver receiver(
        .clock(receiver$clock),
        .reset(receiver$reset),
        .rx(receiver$rx),
        .byte_valid(receiver$byte_valid),
        .data(receiver$data),
        .framing_error(receiver$framing_error)
    );
    alchitry_cu_core$control$bridge$transmitter transmitter(
        .clock(transmitter$clock),
        .reset(transmitter$reset),
        .send(transmitter$send),
        .data(transmitter$data),
        .busy(transmitter$busy),
        .tx(transmitter$tx)
    );
    alchitry_cu_core$control$bridge$counters counters(
        .clock(counters$clock),
        .reset(counters$reset),
        .count(counters$count),
        .count_index(counters$count_index),
        .read_index(counters$read_index),
        .read_value(counters$read_value),
        .ready(counters$ready)
    );
    alchitry_cu_core$control$bridge$request_crc request_crc(
        .data_in(request_crc$data_in),
        .data_out(request_crc$data_out)
    );
    alchitry_cu_core$control$bridge$response_crc response_crc(
        .data_in(response_crc$data_in),
        .data_out(response_crc$data_out)
    );
    alchitry_cu_core$control$bridge$words words(
        .read_address(words$read_address),
        .read_clock(words$read_clock),
        .read_data(words$read_data),
        .write_address(words$write_address),
        .write_clock(words$write_clock),
        .write_data(words$write_data),
        .write_enable(words$write_enable)
    );
    alchitry_cu_core$control$bridge$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    alchitry_cu_core$control$bridge$command command(
        .d(command$d),
        .q(command$q),
        .clock(command$clock)
    );
    alchitry_cu_core$control$bridge$address address(
        .d(address$d),
        .q(address$q),
        .clock(address$clock)
    );
    alchitry_cu_core$control$bridge$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    alchitry_cu_core$control$bridge$index index(
        .d(index$d),
        .q(index$q),
        .clock(index$clock)
    );
    alchitry_cu_core$control$bridge$byte_index byte_index(
        .d(byte_index$d),
        .q(byte_index$q),
        .clock(byte_index$clock)
    );
    alchitry_cu_core$control$bridge$assembly assembly(
        .d(assembly$d),
        .q(assembly$q),
        .clock(assembly$clock)
    );
    alchitry_cu_core$control$bridge$rx_crc rx_crc(
        .d(rx_crc$d),
        .q(rx_crc$q),
        .clock(rx_crc$clock)
    );
    alchitry_cu_core$control$bridge$tx_crc tx_crc(
        .d(tx_crc$d),
        .q(tx_crc$q),
        .clock(tx_crc$clock)
    );
    alchitry_cu_core$control$bridge$status status(
        .d(status$d),
        .q(status$q),
        .clock(status$clock)
    );
    alchitry_cu_core$control$bridge$words_done words_done(
        .d(words_done$d),
        .q(words_done$q),
        .clock(words_done$clock)
    );
    alchitry_cu_core$control$bridge$request_address request_address(
        .d(request_address$d),
        .q(request_address$q),
        .clock(request_address$clock)
    );
    alchitry_cu_core$control$bridge$idle_cycles idle_cycles(
        .d(idle_cycles$d),
        .q(idle_cycles$q),
        .clock(idle_cycles$clock)
    );
    alchitry_cu_core$control$bridge$bus_wait bus_wait(
        .d(bus_wait$d),
        .q(bus_wait$q),
        .clock(bus_wait$clock)
    );
    alchitry_cu_core$control$bridge$request request(
        .d(request$d),
        .q(request$q),
        .clock(request$clock)
    );
    alchitry_cu_core$control$bridge$count_now count_now(
        .d(count_now$d),
        .q(count_now$q),
        .clock(count_now$clock)
    );
    alchitry_cu_core$control$bridge$count_cause count_cause(
        .d(count_cause$d),
        .q(count_cause$q),
        .clock(count_cause$clock)
    );
    alchitry_cu_core$control$bridge$idle idle(
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
    
endmodule // alchitry_cu_core$control$bridge


module alchitry_cu_core$control$bridge$address(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$address


module alchitry_cu_core$control$bridge$assembly(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$assembly


module alchitry_cu_core$control$bridge$bus_wait(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$bus_wait


module alchitry_cu_core$control$bridge$byte_index(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$byte_index


module alchitry_cu_core$control$bridge$command(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$command


module alchitry_cu_core$control$bridge$count(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$count


module alchitry_cu_core$control$bridge$count_cause(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$count_cause


module alchitry_cu_core$control$bridge$count_now(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$count_now


module alchitry_cu_core$control$bridge$counters(clock,reset,count,count_index,read_index,read_value,ready);
    
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
    alchitry_cu_core$control$bridge$counters$tally tally(
        .read_address(tally$read_address),
        .read_clock(tally$read_clock),
        .read_data(tally$read_data),
        .write_address(tally$write_address),
        .write_clock(tally$write_clock),
        .write_data(tally$write_data),
        .write_enable(tally$write_enable)
    );
    alchitry_cu_core$control$bridge$counters$shadow shadow(
        .read_address(shadow$read_address),
        .read_clock(shadow$read_clock),
        .read_data(shadow$read_data),
        .write_address(shadow$write_address),
        .write_clock(shadow$write_clock),
        .write_data(shadow$write_data),
        .write_enable(shadow$write_enable)
    );
    alchitry_cu_core$control$bridge$counters$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    alchitry_cu_core$control$bridge$counters$pending_index pending_index(
        .d(pending_index$d),
        .q(pending_index$q),
        .clock(pending_index$clock)
    );
    alchitry_cu_core$control$bridge$counters$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    alchitry_cu_core$control$bridge$counters$held_index held_index(
        .d(held_index$d),
        .q(held_index$q),
        .clock(held_index$clock)
    );
    alchitry_cu_core$control$bridge$counters$held_value held_value(
        .d(held_value$d),
        .q(held_value$q),
        .clock(held_value$clock)
    );
    alchitry_cu_core$control$bridge$counters$clearing clearing(
        .d(clearing$d),
        .q(clearing$q),
        .clock(clearing$clock)
    );
    alchitry_cu_core$control$bridge$counters$clear_index clear_index(
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
    
endmodule // alchitry_cu_core$control$bridge$counters


module alchitry_cu_core$control$bridge$counters$clear_index(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$counters$clear_index


module alchitry_cu_core$control$bridge$counters$clearing(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$counters$clearing


module alchitry_cu_core$control$bridge$counters$held(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$counters$held


module alchitry_cu_core$control$bridge$counters$held_index(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$counters$held_index


module alchitry_cu_core$control$bridge$counters$held_value(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$counters$held_value


module alchitry_cu_core$control$bridge$counters$pending(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$counters$pending


module alchitry_cu_core$control$bridge$counters$pending_index(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$counters$pending_index


module alchitry_cu_core$control$bridge$counters$shadow(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // alchitry_cu_core$control$bridge$counters$shadow


module alchitry_cu_core$control$bridge$counters$tally(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // alchitry_cu_core$control$bridge$counters$tally


module alchitry_cu_core$control$bridge$idle(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$idle


module alchitry_cu_core$control$bridge$idle_cycles(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$idle_cycles


module alchitry_cu_core$control$bridge$index(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$index


module alchitry_cu_core$control$bridge$receiver(clock,reset,rx,byte_valid,data,framing_error);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  rx;
    output reg  byte_valid;
    output reg  [7:0] data;
    output reg  framing_error;
    
    // Constant declarations
    localparam  clocks_per_bit_minus_one = 16'h31;
    localparam  half_bit_minus_one = 16'h18;
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
    alchitry_cu_core$control$bridge$receiver$sync_first sync_first(
        .d(sync_first$d),
        .q(sync_first$q),
        .clock(sync_first$clock)
    );
    alchitry_cu_core$control$bridge$receiver$line line(
        .d(line$d),
        .q(line$q),
        .clock(line$clock)
    );
    alchitry_cu_core$control$bridge$receiver$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    alchitry_cu_core$control$bridge$receiver$timer timer(
        .d(timer$d),
        .q(timer$q),
        .clock(timer$clock)
    );
    alchitry_cu_core$control$bridge$receiver$bit_index bit_index(
        .d(bit_index$d),
        .q(bit_index$q),
        .clock(bit_index$clock)
    );
    alchitry_cu_core$control$bridge$receiver$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    alchitry_cu_core$control$bridge$receiver$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    alchitry_cu_core$control$bridge$receiver$error error(
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
    
endmodule // alchitry_cu_core$control$bridge$receiver


module alchitry_cu_core$control$bridge$receiver$bit_index(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$receiver$bit_index


module alchitry_cu_core$control$bridge$receiver$error(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$receiver$error


module alchitry_cu_core$control$bridge$receiver$line(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$receiver$line


module alchitry_cu_core$control$bridge$receiver$shift(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$receiver$shift


module alchitry_cu_core$control$bridge$receiver$state(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$receiver$state


module alchitry_cu_core$control$bridge$receiver$sync_first(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$receiver$sync_first


module alchitry_cu_core$control$bridge$receiver$timer(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$receiver$timer


module alchitry_cu_core$control$bridge$receiver$valid(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$receiver$valid


module alchitry_cu_core$control$bridge$request(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$request


module alchitry_cu_core$control$bridge$request_address(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$request_address


module alchitry_cu_core$control$bridge$request_crc(data_in,data_out);
    
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
endmodule // alchitry_cu_core$control$bridge$request_crc


module alchitry_cu_core$control$bridge$response_crc(data_in,data_out);
    
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
endmodule // alchitry_cu_core$control$bridge$response_crc


module alchitry_cu_core$control$bridge$rx_crc(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$rx_crc


module alchitry_cu_core$control$bridge$state(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$state


module alchitry_cu_core$control$bridge$status(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$status


module alchitry_cu_core$control$bridge$transmitter(clock,reset,send,data,busy,tx);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  send;
    input wire  [7:0] data;
    output reg  busy;
    output reg  tx;
    
    // Constant declarations
    localparam  clocks_per_bit_minus_one = 16'h31;
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
    alchitry_cu_core$control$bridge$transmitter$frame frame(
        .d(frame$d),
        .q(frame$q),
        .clock(frame$clock)
    );
    alchitry_cu_core$control$bridge$transmitter$bits_left bits_left(
        .d(bits_left$d),
        .q(bits_left$q),
        .clock(bits_left$clock)
    );
    alchitry_cu_core$control$bridge$transmitter$timer timer(
        .d(timer$d),
        .q(timer$q),
        .clock(timer$clock)
    );
    alchitry_cu_core$control$bridge$transmitter$line line(
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
    
endmodule // alchitry_cu_core$control$bridge$transmitter


module alchitry_cu_core$control$bridge$transmitter$bits_left(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$transmitter$bits_left


module alchitry_cu_core$control$bridge$transmitter$frame(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$transmitter$frame


module alchitry_cu_core$control$bridge$transmitter$line(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$transmitter$line


module alchitry_cu_core$control$bridge$transmitter$timer(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$transmitter$timer


module alchitry_cu_core$control$bridge$tx_crc(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$tx_crc


module alchitry_cu_core$control$bridge$words(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // alchitry_cu_core$control$bridge$words


module alchitry_cu_core$control$bridge$words_done(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$bridge$words_done


module alchitry_cu_core$control$control(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$control


module alchitry_cu_core$control$done(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$done


module alchitry_cu_core$control$error(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$error


module alchitry_cu_core$control$pending(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$pending


module alchitry_cu_core$control$pending_register(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$pending_register


module alchitry_cu_core$control$power(clock,reset,ac_ok,orderly_shutdown,backup_ok,pg,bios_vault_done,bios_vault_failed,power_button,rearm,flag_clear,rail_en,cpu_reboot,power_off_flag,state,rail_index,pg_watched,step_cycles,vault_elapsed,ac_good,fault,fault_rails,fault_pg_timeout,fault_pg_lost,vault_impossible,vault_failed,watchdog_expired,vault_count,last_vault_cycles,watchdog_expiries);
    
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
    localparam  ac_debounce_minus_one = 32'hc34f;
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
    localparam  vault_watchdog_minus_one = 32'h59682eff;
    
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
    alchitry_cu_core$control$power$fsm fsm(
        .d(fsm$d),
        .q(fsm$q),
        .clock(fsm$clock)
    );
    alchitry_cu_core$control$power$rails_on rails_on(
        .d(rails_on$d),
        .q(rails_on$q),
        .clock(rails_on$clock)
    );
    alchitry_cu_core$control$power$pg_expected pg_expected(
        .d(pg_expected$d),
        .q(pg_expected$q),
        .clock(pg_expected$clock)
    );
    alchitry_cu_core$control$power$rail rail(
        .d(rail$d),
        .q(rail$q),
        .clock(rail$clock)
    );
    alchitry_cu_core$control$power$ac_level ac_level(
        .d(ac_level$d),
        .q(ac_level$q),
        .clock(ac_level$clock)
    );
    alchitry_cu_core$control$power$ac_count ac_count(
        .d(ac_count$d),
        .q(ac_count$q),
        .clock(ac_count$clock)
    );
    alchitry_cu_core$control$power$watchdog watchdog(
        .d(watchdog$d),
        .q(watchdog$q),
        .clock(watchdog$clock)
    );
    alchitry_cu_core$control$power$step step(
        .clock(step$clock),
        .restart(step$restart),
        .cycles(step$cycles),
        .reached_off_gap(step$reached_off_gap),
        .reached_shed_gap(step$reached_shed_gap),
        .reached_pg_timeout(step$reached_pg_timeout),
        .reached_reboot_pulse(step$reached_reboot_pulse)
    );
    alchitry_cu_core$control$power$settle settle(
        .clock(settle$clock),
        .level(settle$level),
        .enable(settle$enable),
        .restart(settle$restart),
        .reached(settle$reached)
    );
    alchitry_cu_core$control$power$loss loss(
        .clock(loss$clock),
        .level(loss$level),
        .enable(loss$enable),
        .restart(loss$restart),
        .reached(loss$reached)
    );
    alchitry_cu_core$control$power$all_good all_good(
        .clock(all_good$clock),
        .level(all_good$level),
        .enable(all_good$enable),
        .restart(all_good$restart),
        .reached(all_good$reached)
    );
    alchitry_cu_core$control$power$watchdog_reached_limit watchdog_reached_limit(
        .d(watchdog_reached_limit$d),
        .q(watchdog_reached_limit$q),
        .clock(watchdog_reached_limit$clock)
    );
    alchitry_cu_core$control$power$flag flag(
        .d(flag$d),
        .q(flag$q),
        .clock(flag$clock)
    );
    alchitry_cu_core$control$power$reboot reboot(
        .d(reboot$d),
        .q(reboot$q),
        .clock(reboot$clock)
    );
    alchitry_cu_core$control$power$fault_rails_latched fault_rails_latched(
        .d(fault_rails_latched$d),
        .q(fault_rails_latched$q),
        .clock(fault_rails_latched$clock)
    );
    alchitry_cu_core$control$power$pg_timeout_latched pg_timeout_latched(
        .d(pg_timeout_latched$d),
        .q(pg_timeout_latched$q),
        .clock(pg_timeout_latched$clock)
    );
    alchitry_cu_core$control$power$pg_lost_latched pg_lost_latched(
        .d(pg_lost_latched$d),
        .q(pg_lost_latched$q),
        .clock(pg_lost_latched$clock)
    );
    alchitry_cu_core$control$power$vault_impossible_latched vault_impossible_latched(
        .d(vault_impossible_latched$d),
        .q(vault_impossible_latched$q),
        .clock(vault_impossible_latched$clock)
    );
    alchitry_cu_core$control$power$vault_failed_latched vault_failed_latched(
        .d(vault_failed_latched$d),
        .q(vault_failed_latched$q),
        .clock(vault_failed_latched$clock)
    );
    alchitry_cu_core$control$power$watchdog_expired_latched watchdog_expired_latched(
        .d(watchdog_expired_latched$d),
        .q(watchdog_expired_latched$q),
        .clock(watchdog_expired_latched$clock)
    );
    alchitry_cu_core$control$power$vault_counter vault_counter(
        .d(vault_counter$d),
        .q(vault_counter$q),
        .clock(vault_counter$clock)
    );
    alchitry_cu_core$control$power$last_vault_counter last_vault_counter(
        .d(last_vault_counter$d),
        .q(last_vault_counter$q),
        .clock(last_vault_counter$clock)
    );
    alchitry_cu_core$control$power$watchdog_counter watchdog_counter(
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
    
endmodule // alchitry_cu_core$control$power


module alchitry_cu_core$control$power$ac_count(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$ac_count


module alchitry_cu_core$control$power$ac_level(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$ac_level


module alchitry_cu_core$control$power$all_good(clock,level,enable,restart,reached);
    
    // Module arguments
    input wire  clock;
    input wire  level;
    input wire  enable;
    input wire  restart;
    output reg  reached;
    
    // Constant declarations
    localparam  threshold_minus_two = 32'hc34e;
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
    alchitry_cu_core$control$power$all_good$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    alchitry_cu_core$control$power$all_good$reached_flag reached_flag(
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
    
endmodule // alchitry_cu_core$control$power$all_good


module alchitry_cu_core$control$power$all_good$count(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$all_good$count


module alchitry_cu_core$control$power$all_good$reached_flag(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$all_good$reached_flag


module alchitry_cu_core$control$power$fault_rails_latched(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$fault_rails_latched


module alchitry_cu_core$control$power$flag(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$flag


module alchitry_cu_core$control$power$fsm(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$fsm


module alchitry_cu_core$control$power$last_vault_counter(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$last_vault_counter


module alchitry_cu_core$control$power$loss(clock,level,enable,restart,reached);
    
    // Module arguments
    input wire  clock;
    input wire  level;
    input wire  enable;
    input wire  restart;
    output reg  reached;
    
    // Constant declarations
    localparam  threshold_minus_two = 32'h1f2;
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
    alchitry_cu_core$control$power$loss$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    alchitry_cu_core$control$power$loss$reached_flag reached_flag(
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
    
endmodule // alchitry_cu_core$control$power$loss


module alchitry_cu_core$control$power$loss$count(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$loss$count


module alchitry_cu_core$control$power$loss$reached_flag(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$loss$reached_flag


module alchitry_cu_core$control$power$pg_expected(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$pg_expected


module alchitry_cu_core$control$power$pg_lost_latched(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$pg_lost_latched


module alchitry_cu_core$control$power$pg_timeout_latched(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$pg_timeout_latched


module alchitry_cu_core$control$power$rail(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$rail


module alchitry_cu_core$control$power$rails_on(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$rails_on


module alchitry_cu_core$control$power$reboot(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$reboot


module alchitry_cu_core$control$power$settle(clock,level,enable,restart,reached);
    
    // Module arguments
    input wire  clock;
    input wire  level;
    input wire  enable;
    input wire  restart;
    output reg  reached;
    
    // Constant declarations
    localparam  threshold_minus_two = 32'hc34e;
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
    alchitry_cu_core$control$power$settle$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    alchitry_cu_core$control$power$settle$reached_flag reached_flag(
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
    
endmodule // alchitry_cu_core$control$power$settle


module alchitry_cu_core$control$power$settle$count(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$settle$count


module alchitry_cu_core$control$power$settle$reached_flag(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$settle$reached_flag


module alchitry_cu_core$control$power$step(clock,restart,cycles,reached_off_gap,reached_shed_gap,reached_pg_timeout,reached_reboot_pulse);
    
    // Module arguments
    input wire  clock;
    input wire  restart;
    output reg  [31:0] cycles;
    output reg  reached_off_gap;
    output reg  reached_shed_gap;
    output reg  reached_pg_timeout;
    output reg  reached_reboot_pulse;
    
    // Constant declarations
    localparam  off_gap_minus_one = 32'hc34f;
    localparam  shed_gap_minus_one = 32'h1387;
    localparam  pg_timeout_minus_one = 32'h26259f;
    localparam  reboot_pulse_minus_two = 32'h1f2;
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
    alchitry_cu_core$control$power$step$timer timer(
        .d(timer$d),
        .q(timer$q),
        .clock(timer$clock)
    );
    alchitry_cu_core$control$power$step$off_gap off_gap(
        .d(off_gap$d),
        .q(off_gap$q),
        .clock(off_gap$clock)
    );
    alchitry_cu_core$control$power$step$shed_gap shed_gap(
        .d(shed_gap$d),
        .q(shed_gap$q),
        .clock(shed_gap$clock)
    );
    alchitry_cu_core$control$power$step$pg_timeout pg_timeout(
        .d(pg_timeout$d),
        .q(pg_timeout$q),
        .clock(pg_timeout$clock)
    );
    alchitry_cu_core$control$power$step$reboot_pulse reboot_pulse(
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
    
endmodule // alchitry_cu_core$control$power$step


module alchitry_cu_core$control$power$step$off_gap(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$step$off_gap


module alchitry_cu_core$control$power$step$pg_timeout(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$step$pg_timeout


module alchitry_cu_core$control$power$step$reboot_pulse(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$step$reboot_pulse


module alchitry_cu_core$control$power$step$shed_gap(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$step$shed_gap


module alchitry_cu_core$control$power$step$timer(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$step$timer


module alchitry_cu_core$control$power$vault_counter(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$vault_counter


module alchitry_cu_core$control$power$vault_failed_latched(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$vault_failed_latched


module alchitry_cu_core$control$power$vault_impossible_latched(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$vault_impossible_latched


module alchitry_cu_core$control$power$watchdog(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$watchdog


module alchitry_cu_core$control$power$watchdog_counter(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$watchdog_counter


module alchitry_cu_core$control$power$watchdog_expired_latched(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$watchdog_expired_latched


module alchitry_cu_core$control$power$watchdog_reached_limit(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$power$watchdog_reached_limit


module alchitry_cu_core$control$read_data(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$read_data


module alchitry_cu_core$control$scratch(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$control$scratch


module alchitry_cu_core$orderly_shutdown_sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    alchitry_cu_core$orderly_shutdown_sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    alchitry_cu_core$orderly_shutdown_sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // alchitry_cu_core$orderly_shutdown_sync


module alchitry_cu_core$orderly_shutdown_sync$dff0(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$orderly_shutdown_sync$dff0


module alchitry_cu_core$orderly_shutdown_sync$dff1(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$orderly_shutdown_sync$dff1


module alchitry_cu_core$pg_meta(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$pg_meta


module alchitry_cu_core$pg_sync(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$pg_sync


module alchitry_cu_core$power_button_sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    alchitry_cu_core$power_button_sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    alchitry_cu_core$power_button_sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // alchitry_cu_core$power_button_sync


module alchitry_cu_core$power_button_sync$dff0(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$power_button_sync$dff0


module alchitry_cu_core$power_button_sync$dff1(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$power_button_sync$dff1


module alchitry_cu_core$registers(clock,reset,bus_request,bus_write,bus_address,bus_write_data,bus_ack,bus_read_data,start,inject_fault,running,passed,failed,mismatch_kinds,frames_sent,frames_checked,mismatches,first_mismatch,run_cycles,runs,runs_passed,stat_index,stat_value);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  bus_request;
    input wire  bus_write;
    input wire  [15:0] bus_address;
    input wire  [31:0] bus_write_data;
    output reg  bus_ack;
    output reg  [31:0] bus_read_data;
    output reg  start;
    output reg  inject_fault;
    input wire  running;
    input wire  passed;
    input wire  failed;
    input wire  [3:0] mismatch_kinds;
    input wire  [15:0] frames_sent;
    input wire  [15:0] frames_checked;
    input wire  [15:0] mismatches;
    input wire  [15:0] first_mismatch;
    input wire  [31:0] run_cycles;
    input wire  [15:0] runs;
    input wire  [15:0] runs_passed;
    output reg  [4:0] stat_index;
    input wire  [31:0] stat_value;
    
    // Constant declarations
    localparam  block_base = 16'h400;
    localparam  block_mask = 16'hff00;
    localparam  counters_base = 16'h20;
    localparam  counters_mask = 16'he0;
    localparam  at_status = 16'h0;
    localparam  at_control = 16'h1;
    localparam  at_image_frames = 16'h2;
    localparam  at_frames_sent = 16'h3;
    localparam  at_frames_checked = 16'h4;
    localparam  at_mismatches = 16'h5;
    localparam  at_first_mismatch = 16'h6;
    localparam  at_run_cycles = 16'h7;
    localparam  at_runs = 16'h8;
    localparam  at_runs_passed = 16'h9;
    localparam  image_frames = 32'h16;
    localparam  kinds_shift = 32'h4;
    localparam  running_bit = 32'h1;
    localparam  passed_bit = 32'h2;
    localparam  failed_bit = 32'h4;
    localparam  zero_32 = 32'h0;
    
    // Stub signals
    reg  ack$d;
    wire  ack$q;
    reg  ack$clock;
    reg  [31:0] read_data$d;
    wire  [31:0] read_data$q;
    reg  read_data$clock;
    reg  counter_read$d;
    wire  counter_read$q;
    reg  counter_read$clock;
    reg  start_pulse$d;
    wire  start_pulse$q;
    reg  start_pulse$clock;
    reg  fault_pulse$d;
    wire  fault_pulse$q;
    reg  fault_pulse$clock;
    
    // Local signals
    reg  selected;
    reg  [15:0] offset;
    reg  [31:0] status;
    
    // Sub module instances
    alchitry_cu_core$registers$ack ack(
        .d(ack$d),
        .q(ack$q),
        .clock(ack$clock)
    );
    alchitry_cu_core$registers$read_data read_data(
        .d(read_data$d),
        .q(read_data$q),
        .clock(read_data$clock)
    );
    alchitry_cu_core$registers$counter_read counter_read(
        .d(counter_read$d),
        .q(counter_read$q),
        .clock(counter_read$clock)
    );
    alchitry_cu_core$registers$start_pulse start_pulse(
        .d(start_pulse$d),
        .q(start_pulse$q),
        .clock(start_pulse$clock)
    );
    alchitry_cu_core$registers$fault_pulse fault_pulse(
        .d(fault_pulse$d),
        .q(fault_pulse$q),
        .clock(fault_pulse$clock)
    );
    
    // Update code
    always @(*) begin
        ack$clock = clock;
        read_data$clock = clock;
        counter_read$clock = clock;
        start_pulse$clock = clock;
        fault_pulse$clock = clock;
        ack$d = ack$q;
        read_data$d = read_data$q;
        counter_read$d = counter_read$q;
        start_pulse$d = start_pulse$q;
        fault_pulse$d = fault_pulse$q;
        offset = bus_address & ~block_mask;
        selected = bus_request & ((bus_address & block_mask) == block_base);
        stat_index = bus_address[(32'h0)+:(5)];
        start_pulse$d = 1'b0;
        fault_pulse$d = 1'b0;
        if (selected & bus_write & (offset == at_control)) begin
            start_pulse$d = bus_write_data[32'h0];
            fault_pulse$d = bus_write_data[32'h0] & bus_write_data[32'h1];
        end
        start = start_pulse$q;
        inject_fault = fault_pulse$q;
        status = ((mismatch_kinds) & 32'hffffffff) << kinds_shift;
        if (running) begin
            status = status | running_bit;
        end
        if (passed) begin
            status = status | passed_bit;
        end
        if (failed) begin
            status = status | failed_bit;
        end
        ack$d = selected;
        counter_read$d = selected & ((offset & counters_mask) == counters_base);
        read_data$d = zero_32;
        if (offset == at_status) begin
            read_data$d = status;
        end
        else if (offset == at_image_frames) begin
            read_data$d = image_frames;
        end
        else if (offset == at_frames_sent) begin
            read_data$d = ((frames_sent) & 32'hffffffff);
        end
        else if (offset == at_frames_checked) begin
            read_data$d = ((frames_checked) & 32'hffffffff);
        end
        else if (offset == at_mismatches) begin
            read_data$d = ((mismatches) & 32'hffffffff);
        end
        else if (offset == at_first_mismatch) begin
            read_data$d = ((first_mismatch) & 32'hffffffff);
        end
        else if (offset == at_run_cycles) begin
            read_data$d = run_cycles;
        end
        else if (offset == at_runs) begin
            read_data$d = ((runs) & 32'hffffffff);
        end
        else if (offset == at_runs_passed) begin
            read_data$d = ((runs_passed) & 32'hffffffff);
        end
        if (reset) begin
            ack$d = 1'b0;
            counter_read$d = 1'b0;
            start_pulse$d = 1'b0;
            fault_pulse$d = 1'b0;
        end
        bus_ack = ack$q;
        bus_read_data = read_data$q;
        if (counter_read$q) begin
            bus_read_data = stat_value;
        end
    end
    
endmodule // alchitry_cu_core$registers


module alchitry_cu_core$registers$ack(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$registers$ack


module alchitry_cu_core$registers$counter_read(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$registers$counter_read


module alchitry_cu_core$registers$fault_pulse(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$registers$fault_pulse


module alchitry_cu_core$registers$read_data(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$registers$read_data


module alchitry_cu_core$registers$start_pulse(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$registers$start_pulse


module alchitry_cu_core$self_test(clock,reset,start,inject_fault,running,passed,failed,frames_sent,frames_checked,mismatches,first_mismatch,mismatch_kinds,run_cycles,runs,runs_passed,stat_index,stat_value);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  inject_fault;
    output reg  running;
    output reg  passed;
    output reg  failed;
    output reg  [15:0] frames_sent;
    output reg  [15:0] frames_checked;
    output reg  [15:0] mismatches;
    output reg  [15:0] first_mismatch;
    output reg  [3:0] mismatch_kinds;
    output reg  [31:0] run_cycles;
    output reg  [15:0] runs;
    output reg  [15:0] runs_passed;
    input wire  [4:0] stat_index;
    output reg  [31:0] stat_value;
    
    // Constant declarations
    localparam  total_frames = 16'h16;
    localparam  fault_beat = 8'hf;
    localparam  fault_mask = 64'h100;
    localparam  boot_done = 7'b1111111;
    localparam  boot_start = 7'b1111110;
    localparam  last_beat = 8'hce;
    localparam  one_beat = 8'h1;
    localparam  zero_beat = 8'h0;
    localparam  one_frame = 6'b1;
    localparam  zero_frame = 6'b0;
    localparam  one_7 = 7'b1;
    localparam  zero_7 = 7'b0;
    localparam  one_16 = 16'h1;
    localparam  zero_16 = 16'h0;
    localparam  one_32 = 32'h1;
    localparam  zero_32 = 32'h0;
    localparam  zero_4 = 4'h0;
    localparam  zero_64 = 64'h0;
    localparam  answer_timeout = 16'h1000;
    localparam  pkey = 16'hffff;
    localparam  path_mtu = 13'b10000000000;
    localparam  kind_verdict = 4'h1;
    localparam  kind_descriptor = 4'h2;
    localparam  kind_payload = 4'h4;
    localparam  kind_timeout = 4'h8;
    
    // Stub signals
    reg  parser$clock;
    reg  parser$reset;
    reg  [15:0] parser$cfg_pkey;
    reg  [12:0] parser$cfg_path_mtu;
    reg  [63:0] parser$s_axis_tdata;
    reg  [7:0] parser$s_axis_tkeep;
    reg  parser$s_axis_tlast;
    reg  parser$s_axis_tuser;
    reg  parser$s_axis_tvalid;
    wire  parser$s_axis_tready;
    wire  [63:0] parser$m_axis_payload_tdata;
    wire  [7:0] parser$m_axis_payload_tkeep;
    wire  parser$m_axis_payload_tlast;
    wire  parser$m_axis_payload_tuser;
    wire  parser$m_axis_payload_tvalid;
    reg  parser$m_axis_payload_tready;
    wire  parser$desc_valid;
    reg  parser$desc_ready;
    wire  [47:0] parser$desc_dst_mac;
    wire  [47:0] parser$desc_src_mac;
    wire  [31:0] parser$desc_src_ip;
    wire  [31:0] parser$desc_dst_ip;
    wire  [5:0] parser$desc_ip_dscp;
    wire  [1:0] parser$desc_ip_ecn;
    wire  [15:0] parser$desc_udp_src_port;
    wire  [15:0] parser$desc_udp_dst_port;
    wire  [7:0] parser$desc_opcode;
    wire  parser$desc_solicited;
    wire  parser$desc_mig_req;
    wire  [1:0] parser$desc_pad_count;
    wire  [3:0] parser$desc_tver;
    wire  [15:0] parser$desc_pkey;
    wire  parser$desc_fecn;
    wire  parser$desc_becn;
    wire  [23:0] parser$desc_dest_qp;
    wire  parser$desc_ack_req;
    wire  [23:0] parser$desc_psn;
    wire  parser$desc_has_reth;
    wire  [63:0] parser$desc_reth_va;
    wire  [31:0] parser$desc_reth_rkey;
    wire  [31:0] parser$desc_reth_dma_length;
    wire  parser$desc_has_aeth;
    wire  [7:0] parser$desc_aeth_syndrome;
    wire  [23:0] parser$desc_aeth_msn;
    wire  parser$desc_has_immdt;
    wire  [31:0] parser$desc_immdt;
    wire  parser$desc_has_ieth;
    wire  [31:0] parser$desc_ieth_rkey;
    wire  parser$desc_has_deth;
    wire  [31:0] parser$desc_deth_qkey;
    wire  [23:0] parser$desc_deth_src_qp;
    wire  [15:0] parser$desc_payload_length;
    wire  parser$desc_has_payload;
    wire  parser$verdict_valid;
    reg  parser$verdict_ready;
    wire  [4:0] parser$verdict_cause;
    reg  [4:0] parser$stat_index;
    wire  [31:0] parser$stat_value;
    reg  [7:0] stimulus$address;
    reg  stimulus$clock;
    wire  [73:0] stimulus$data;
    reg  [5:0] expected$address;
    reg  expected$clock;
    wire  [136:0] expected$data;
    reg  [5:0] verdicts$address;
    wire  [4:0] verdicts$data;
    reg  [6:0] boot$d;
    wire  [6:0] boot$q;
    reg  boot$clock;
    reg  feeding$d;
    wire  feeding$q;
    reg  feeding$clock;
    reg  primed$d;
    wire  primed$q;
    reg  primed$clock;
    reg  [7:0] beat$d;
    wire  [7:0] beat$q;
    reg  beat$clock;
    reg  fault_armed$d;
    wire  fault_armed$q;
    reg  fault_armed$clock;
    reg  checking$d;
    wire  checking$q;
    reg  checking$clock;
    reg  [5:0] descriptor_frame$d;
    wire  [5:0] descriptor_frame$q;
    reg  descriptor_frame$clock;
    reg  [5:0] verdict_frame$d;
    wire  [5:0] verdict_frame$q;
    reg  verdict_frame$clock;
    reg  [63:0] payload_xor$d;
    wire  [63:0] payload_xor$q;
    reg  payload_xor$clock;
    reg  [63:0] payload_expected$d;
    wire  [63:0] payload_expected$q;
    reg  payload_expected$clock;
    reg  [15:0] sent$d;
    wire  [15:0] sent$q;
    reg  sent$clock;
    reg  [15:0] checked$d;
    wire  [15:0] checked$q;
    reg  checked$clock;
    reg  [15:0] mismatch_count$d;
    wire  [15:0] mismatch_count$q;
    reg  mismatch_count$clock;
    reg  [15:0] first_mismatch_frame$d;
    wire  [15:0] first_mismatch_frame$q;
    reg  first_mismatch_frame$clock;
    reg  [3:0] kinds$d;
    wire  [3:0] kinds$q;
    reg  kinds$clock;
    reg  [31:0] cycles$d;
    wire  [31:0] cycles$q;
    reg  cycles$clock;
    reg  [15:0] idle_cycles$d;
    wire  [15:0] idle_cycles$q;
    reg  idle_cycles$clock;
    reg  pass$d;
    wire  pass$q;
    reg  pass$clock;
    reg  fail$d;
    wire  fail$q;
    reg  fail$clock;
    reg  [15:0] run_count$d;
    wire  [15:0] run_count$q;
    reg  run_count$clock;
    reg  [15:0] pass_count$d;
    wire  [15:0] pass_count$q;
    reg  pass_count$clock;
    reg  [7:0] keep_mask$keep;
    wire  [63:0] keep_mask$mask;
    
    // Local signals
    reg  launch;
    reg  fire;
    reg  [73:0] word;
    reg  [63:0] fault;
    reg  descriptor_fire;
    reg  payload_fire;
    reg  verdict_fire;
    reg  [136:0] expectation;
    reg  [63:0] frame_xor;
    reg  [63:0] expected_xor;
    reg  [3:0] new_kinds;
    reg  finished;
    
    // Sub module instances
    alchitry_cu_core$self_test$parser parser(
        .clock(parser$clock),
        .reset(parser$reset),
        .cfg_pkey(parser$cfg_pkey),
        .cfg_path_mtu(parser$cfg_path_mtu),
        .s_axis_tdata(parser$s_axis_tdata),
        .s_axis_tkeep(parser$s_axis_tkeep),
        .s_axis_tlast(parser$s_axis_tlast),
        .s_axis_tuser(parser$s_axis_tuser),
        .s_axis_tvalid(parser$s_axis_tvalid),
        .s_axis_tready(parser$s_axis_tready),
        .m_axis_payload_tdata(parser$m_axis_payload_tdata),
        .m_axis_payload_tkeep(parser$m_axis_payload_tkeep),
        .m_axis_payload_tlast(parser$m_axis_payload_tlast),
        .m_axis_payload_tuser(parser$m_axis_payload_tuser),
        .m_axis_payload_tvalid(parser$m_axis_payload_tvalid),
        .m_axis_payload_tready(parser$m_axis_payload_tready),
        .desc_valid(parser$desc_valid),
        .desc_ready(parser$desc_ready),
        .desc_dst_mac(parser$desc_dst_mac),
        .desc_src_mac(parser$desc_src_mac),
        .desc_src_ip(parser$desc_src_ip),
        .desc_dst_ip(parser$desc_dst_ip),
        .desc_ip_dscp(parser$desc_ip_dscp),
        .desc_ip_ecn(parser$desc_ip_ecn),
        .desc_udp_src_port(parser$desc_udp_src_port),
        .desc_udp_dst_port(parser$desc_udp_dst_port),
        .desc_opcode(parser$desc_opcode),
        .desc_solicited(parser$desc_solicited),
        .desc_mig_req(parser$desc_mig_req),
        .desc_pad_count(parser$desc_pad_count),
        .desc_tver(parser$desc_tver),
        .desc_pkey(parser$desc_pkey),
        .desc_fecn(parser$desc_fecn),
        .desc_becn(parser$desc_becn),
        .desc_dest_qp(parser$desc_dest_qp),
        .desc_ack_req(parser$desc_ack_req),
        .desc_psn(parser$desc_psn),
        .desc_has_reth(parser$desc_has_reth),
        .desc_reth_va(parser$desc_reth_va),
        .desc_reth_rkey(parser$desc_reth_rkey),
        .desc_reth_dma_length(parser$desc_reth_dma_length),
        .desc_has_aeth(parser$desc_has_aeth),
        .desc_aeth_syndrome(parser$desc_aeth_syndrome),
        .desc_aeth_msn(parser$desc_aeth_msn),
        .desc_has_immdt(parser$desc_has_immdt),
        .desc_immdt(parser$desc_immdt),
        .desc_has_ieth(parser$desc_has_ieth),
        .desc_ieth_rkey(parser$desc_ieth_rkey),
        .desc_has_deth(parser$desc_has_deth),
        .desc_deth_qkey(parser$desc_deth_qkey),
        .desc_deth_src_qp(parser$desc_deth_src_qp),
        .desc_payload_length(parser$desc_payload_length),
        .desc_has_payload(parser$desc_has_payload),
        .verdict_valid(parser$verdict_valid),
        .verdict_ready(parser$verdict_ready),
        .verdict_cause(parser$verdict_cause),
        .stat_index(parser$stat_index),
        .stat_value(parser$stat_value)
    );
    alchitry_cu_core$self_test$stimulus stimulus(
        .address(stimulus$address),
        .clock(stimulus$clock),
        .data(stimulus$data)
    );
    alchitry_cu_core$self_test$expected expected(
        .address(expected$address),
        .clock(expected$clock),
        .data(expected$data)
    );
    alchitry_cu_core$self_test$verdicts verdicts(
        .address(verdicts$address),
        .data(verdicts$data)
    );
    alchitry_cu_core$self_test$boot boot(
        .d(boot$d),
        .q(boot$q),
        .clock(boot$clock)
    );
    alchitry_cu_core$self_test$feeding feeding(
        .d(feeding$d),
        .q(feeding$q),
        .clock(feeding$clock)
    );
    alchitry_cu_core$self_test$primed primed(
        .d(primed$d),
        .q(primed$q),
        .clock(primed$clock)
    );
    alchitry_cu_core$self_test$beat beat(
        .d(beat$d),
        .q(beat$q),
        .clock(beat$clock)
    );
    alchitry_cu_core$self_test$fault_armed fault_armed(
        .d(fault_armed$d),
        .q(fault_armed$q),
        .clock(fault_armed$clock)
    );
    alchitry_cu_core$self_test$checking checking(
        .d(checking$d),
        .q(checking$q),
        .clock(checking$clock)
    );
    alchitry_cu_core$self_test$descriptor_frame descriptor_frame(
        .d(descriptor_frame$d),
        .q(descriptor_frame$q),
        .clock(descriptor_frame$clock)
    );
    alchitry_cu_core$self_test$verdict_frame verdict_frame(
        .d(verdict_frame$d),
        .q(verdict_frame$q),
        .clock(verdict_frame$clock)
    );
    alchitry_cu_core$self_test$payload_xor payload_xor(
        .d(payload_xor$d),
        .q(payload_xor$q),
        .clock(payload_xor$clock)
    );
    alchitry_cu_core$self_test$payload_expected payload_expected(
        .d(payload_expected$d),
        .q(payload_expected$q),
        .clock(payload_expected$clock)
    );
    alchitry_cu_core$self_test$sent sent(
        .d(sent$d),
        .q(sent$q),
        .clock(sent$clock)
    );
    alchitry_cu_core$self_test$checked checked(
        .d(checked$d),
        .q(checked$q),
        .clock(checked$clock)
    );
    alchitry_cu_core$self_test$mismatch_count mismatch_count(
        .d(mismatch_count$d),
        .q(mismatch_count$q),
        .clock(mismatch_count$clock)
    );
    alchitry_cu_core$self_test$first_mismatch_frame first_mismatch_frame(
        .d(first_mismatch_frame$d),
        .q(first_mismatch_frame$q),
        .clock(first_mismatch_frame$clock)
    );
    alchitry_cu_core$self_test$kinds kinds(
        .d(kinds$d),
        .q(kinds$q),
        .clock(kinds$clock)
    );
    alchitry_cu_core$self_test$cycles cycles(
        .d(cycles$d),
        .q(cycles$q),
        .clock(cycles$clock)
    );
    alchitry_cu_core$self_test$idle_cycles idle_cycles(
        .d(idle_cycles$d),
        .q(idle_cycles$q),
        .clock(idle_cycles$clock)
    );
    alchitry_cu_core$self_test$pass pass(
        .d(pass$d),
        .q(pass$q),
        .clock(pass$clock)
    );
    alchitry_cu_core$self_test$fail fail(
        .d(fail$d),
        .q(fail$q),
        .clock(fail$clock)
    );
    alchitry_cu_core$self_test$run_count run_count(
        .d(run_count$d),
        .q(run_count$q),
        .clock(run_count$clock)
    );
    alchitry_cu_core$self_test$pass_count pass_count(
        .d(pass_count$d),
        .q(pass_count$q),
        .clock(pass_count$clock)
    );
    alchitry_cu_core$self_test$keep_mask keep_mask(
        .keep(keep_mask$keep),
        .mask(keep_mask$mask)
    );
    
    // Update code
    always @(*) begin
        boot$clock = clock;
        feeding$clock = clock;
        primed$clock = clock;
        beat$clock = clock;
        fault_armed$clock = clock;
        checking$clock = clock;
        descriptor_frame$clock = clock;
        verdict_frame$clock = clock;
        payload_xor$clock = clock;
        payload_expected$clock = clock;
        sent$clock = clock;
        checked$clock = clock;
        mismatch_count$clock = clock;
        first_mismatch_frame$clock = clock;
        kinds$clock = clock;
        cycles$clock = clock;
        idle_cycles$clock = clock;
        pass$clock = clock;
        fail$clock = clock;
        run_count$clock = clock;
        pass_count$clock = clock;
        boot$d = boot$q;
        feeding$d = feeding$q;
        primed$d = primed$q;
        beat$d = beat$q;
        fault_armed$d = fault_armed$q;
        checking$d = checking$q;
        descriptor_frame$d = descriptor_frame$q;
        verdict_frame$d = verdict_frame$q;
        payload_xor$d = payload_xor$q;
        payload_expected$d = payload_expected$q;
        sent$d = sent$q;
        checked$d = checked$q;
        mismatch_count$d = mismatch_count$q;
        first_mismatch_frame$d = first_mismatch_frame$q;
        kinds$d = kinds$q;
        cycles$d = cycles$q;
        idle_cycles$d = idle_cycles$q;
        pass$d = pass$q;
        fail$d = fail$q;
        run_count$d = run_count$q;
        pass_count$d = pass_count$q;
        parser$clock = clock;
        stimulus$clock = clock;
        expected$clock = clock;
        parser$reset = reset;
        parser$cfg_pkey = pkey;
        parser$cfg_path_mtu = path_mtu;
        parser$stat_index = stat_index;
        stat_value = parser$stat_value;
        if (boot$q != boot_done) begin
            boot$d = boot$q + one_7;
        end
        launch = start | (boot$q == boot_start);
        word = stimulus$data;
        fault = zero_64;
        if (fault_armed$q & (beat$q == fault_beat)) begin
            fault = fault_mask;
        end
        parser$s_axis_tdata = word[(32'h0)+:(64)] ^ fault;
        parser$s_axis_tkeep = word[(32'h40)+:(8)];
        parser$s_axis_tlast = word[32'h48];
        parser$s_axis_tuser = word[32'h49];
        parser$s_axis_tvalid = feeding$q & primed$q;
        fire = feeding$q & primed$q & parser$s_axis_tready;
        stimulus$address = beat$q;
        if (fire) begin
            stimulus$address = beat$q + one_beat;
        end
        beat$d = stimulus$address;
        primed$d = feeding$q;
        if (fire) begin
            if (word[32'h48]) begin
                sent$d = sent$q + one_16;
            end
            if (beat$q == last_beat) begin
                feeding$d = 1'b0;
            end
        end
        parser$desc_ready = 1'b1;
        parser$m_axis_payload_tready = 1'b1;
        parser$verdict_ready = 1'b1;
        descriptor_fire = checking$q & parser$desc_valid;
        payload_fire = checking$q & parser$m_axis_payload_tvalid;
        verdict_fire = checking$q & parser$verdict_valid;
        expected$address = descriptor_frame$q;
        if (descriptor_fire) begin
            expected$address = descriptor_frame$q + one_frame;
        end
        descriptor_frame$d = expected$address;
        expectation = expected$data;
        verdicts$address = verdict_frame$q;
        new_kinds = zero_4;
        if (descriptor_fire) begin
            payload_expected$d = expectation[(32'h49)+:(64)];
            if ((parser$desc_opcode != expectation[(32'h0)+:(8)]) | (parser$desc_dest_qp != expectation[(32'h8)+:(24)]) | (parser$desc_psn != expectation[(32'h20)+:(24)]) | (parser$desc_payload_length != expectation[(32'h38)+:(16)]) | (parser$desc_has_payload != expectation[32'h48])) begin
                new_kinds = kind_descriptor;
            end
        end
        expected_xor = payload_expected$q;
        if (descriptor_fire) begin
            expected_xor = expectation[(32'h49)+:(64)];
        end
        keep_mask$keep = parser$m_axis_payload_tkeep;
        frame_xor = payload_xor$q ^ (parser$m_axis_payload_tdata & keep_mask$mask);
        if (payload_fire) begin
            payload_xor$d = frame_xor;
            if (parser$m_axis_payload_tlast) begin
                payload_xor$d = zero_64;
                if (frame_xor != expected_xor) begin
                    new_kinds = new_kinds | kind_payload;
                end
            end
        end
        if (verdict_fire) begin
            verdict_frame$d = verdict_frame$q + one_frame;
            checked$d = checked$q + one_16;
            if (parser$verdict_cause != verdicts$data) begin
                new_kinds = new_kinds | kind_verdict;
            end
        end
        if (checking$q & ~feeding$q) begin
            idle_cycles$d = idle_cycles$q + one_16;
            if (idle_cycles$q == answer_timeout) begin
                new_kinds = new_kinds | kind_timeout;
            end
        end
        if (new_kinds != zero_4) begin
            kinds$d = kinds$q | new_kinds;
            mismatch_count$d = mismatch_count$q + one_16;
            if (mismatch_count$q == zero_16) begin
                first_mismatch_frame$d = ((verdict_frame$q) & 16'hffff);
            end
        end
        if (checking$q) begin
            cycles$d = cycles$q + one_32;
        end
        finished = checking$q & ((verdict_fire & ((checked$q + one_16) == total_frames)) | |(new_kinds & kind_timeout));
        if (finished) begin
            checking$d = 1'b0;
            feeding$d = 1'b0;
            run_count$d = run_count$q + one_16;
            if ((mismatch_count$q == zero_16) & (new_kinds == zero_4)) begin
                pass$d = 1'b1;
                pass_count$d = pass_count$q + one_16;
            end
            else begin
                fail$d = 1'b1;
            end
        end
        if (launch) begin
            feeding$d = 1'b1;
            primed$d = 1'b0;
            checking$d = 1'b1;
            beat$d = zero_beat;
            stimulus$address = zero_beat;
            fault_armed$d = inject_fault;
            descriptor_frame$d = zero_frame;
            expected$address = zero_frame;
            verdict_frame$d = zero_frame;
            payload_xor$d = zero_64;
            sent$d = zero_16;
            checked$d = zero_16;
            mismatch_count$d = zero_16;
            first_mismatch_frame$d = zero_16;
            kinds$d = zero_4;
            cycles$d = zero_32;
            idle_cycles$d = zero_16;
            pass$d = 1'b0;
            fail$d = 1'b0;
        end
        if (reset) begin
            boot$d = zero_7;
            feeding$d = 1'b0;
            primed$d = 1'b0;
            checking$d = 1'b0;
            pass$d = 1'b0;
            fail$d = 1'b0;
            run_count$d = zero_16;
            pass_count$d = zero_16;
            sent$d = zero_16;
            checked$d = zero_16;
            mismatch_count$d = zero_16;
            kinds$d = zero_4;
            cycles$d = zero_32;
        end
        running = checking$q;
        passed = pass$q;
        failed = fail$q;
        frames_sent = sent$q;
        frames_checked = checked$q;
        mismatches = mismatch_count$q;
        first_mismatch = first_mismatch_frame$q;
        mismatch_kinds = kinds$q;
        run_cycles = cycles$q;
        runs = run_count$q;
        runs_passed = pass_count$q;
    end
    
endmodule // alchitry_cu_core$self_test


module alchitry_cu_core$self_test$beat(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$beat


module alchitry_cu_core$self_test$boot(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$boot


module alchitry_cu_core$self_test$checked(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$checked


module alchitry_cu_core$self_test$checking(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$checking


module alchitry_cu_core$self_test$cycles(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$cycles


module alchitry_cu_core$self_test$descriptor_frame(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$descriptor_frame


module alchitry_cu_core$self_test$expected(address,clock,data);
    
    // Module arguments
    input wire  [5:0] address;
    input wire  clock;
    output reg  [136:0] data;
    
    // Update code (custom)
    reg[136:0] mem [63:0];
    
    initial begin
    mem[6'b0] = 137'h2f5d4e31855f55d00409171734106ae04;
    mem[6'b1] = 137'h17a179eec6fb5a5bd000dfc81cf00259c02;
    mem[6'b10] = 137'h5fa33411f2c311;
    mem[6'b11] = 137'h1097e934ea6d1967d0028df6028940e8610;
    mem[6'b100] = 137'h5e6afc688f5f91790018d393a95a1b7f0a;
    mem[6'b101] = 137'h8901f5c2b2910c;
    mem[6'b110] = 137'hac7a54868c2889b700101505342c36cd17;
    mem[6'b111] = 137'h12d00017e358fb2641a04;
    mem[6'b1000] = 137'h83c7a1e5917104dd00206569c94ee74b04;
    mem[6'b1001] = 137'h1c2ead9f2cca2ebf00082c1d2b552b3104;
    mem[6'b1010] = 137'h8b5f06e556d7204;
    mem[6'b1011] = 137'h89d438c53b8b604;
    mem[6'b1100] = 137'hd87c62de25c721d3000817d17dea9b3504;
    mem[6'b1101] = 137'h8588a4799abf904;
    mem[6'b1110] = 137'h8bee13652a08d04;
    mem[6'b1111] = 137'habd84cc791811f;
    mem[6'b10000] = 137'h895a6f9a62afc04;
    mem[6'b10001] = 137'h0;
    mem[6'b10010] = 137'h88dc9411;
    mem[6'b10011] = 137'h0;
    mem[6'b10100] = 137'h10f944b009101c04;
    mem[6'b10101] = 137'h1bd4884da3c173b5b0010dd4c12ab403b04;
    end
    
    always @(posedge clock) begin
       data <= mem[address];
    end
endmodule // alchitry_cu_core$self_test$expected


module alchitry_cu_core$self_test$fail(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$fail


module alchitry_cu_core$self_test$fault_armed(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$fault_armed


module alchitry_cu_core$self_test$feeding(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$feeding


module alchitry_cu_core$self_test$first_mismatch_frame(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$first_mismatch_frame


module alchitry_cu_core$self_test$idle_cycles(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$idle_cycles


module alchitry_cu_core$self_test$keep_mask(keep,mask);
    
    // Module arguments
    input wire  [7:0] keep;
    output reg  [63:0] mask;
    
    // Constant declarations
    localparam  lane = 64'hff;
    localparam  none = 64'h0;
    
    // Update code
    always @(*) begin
        mask = none;
        if (keep[32'h0]) begin
            mask = mask | lane;
        end
        if (keep[32'h1]) begin
            mask = mask | (lane << 32'h8);
        end
        if (keep[32'h2]) begin
            mask = mask | (lane << 32'h10);
        end
        if (keep[32'h3]) begin
            mask = mask | (lane << 32'h18);
        end
        if (keep[32'h4]) begin
            mask = mask | (lane << 32'h20);
        end
        if (keep[32'h5]) begin
            mask = mask | (lane << 32'h28);
        end
        if (keep[32'h6]) begin
            mask = mask | (lane << 32'h30);
        end
        if (keep[32'h7]) begin
            mask = mask | (lane << 32'h38);
        end
    end
    
endmodule // alchitry_cu_core$self_test$keep_mask


module alchitry_cu_core$self_test$kinds(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$kinds


module alchitry_cu_core$self_test$mismatch_count(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$mismatch_count


module alchitry_cu_core$self_test$parser(clock,reset,cfg_pkey,cfg_path_mtu,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tuser,s_axis_tvalid,s_axis_tready,m_axis_payload_tdata,m_axis_payload_tkeep,m_axis_payload_tlast,m_axis_payload_tuser,m_axis_payload_tvalid,m_axis_payload_tready,desc_valid,desc_ready,desc_dst_mac,desc_src_mac,desc_src_ip,desc_dst_ip,desc_ip_dscp,desc_ip_ecn,desc_udp_src_port,desc_udp_dst_port,desc_opcode,desc_solicited,desc_mig_req,desc_pad_count,desc_tver,desc_pkey,desc_fecn,desc_becn,desc_dest_qp,desc_ack_req,desc_psn,desc_has_reth,desc_reth_va,desc_reth_rkey,desc_reth_dma_length,desc_has_aeth,desc_aeth_syndrome,desc_aeth_msn,desc_has_immdt,desc_immdt,desc_has_ieth,desc_ieth_rkey,desc_has_deth,desc_deth_qkey,desc_deth_src_qp,desc_payload_length,desc_has_payload,verdict_valid,verdict_ready,verdict_cause,stat_index,stat_value);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [15:0] cfg_pkey;
    input wire  [12:0] cfg_path_mtu;
    input wire  [63:0] s_axis_tdata;
    input wire  [7:0] s_axis_tkeep;
    input wire  s_axis_tlast;
    input wire  s_axis_tuser;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    output reg  [63:0] m_axis_payload_tdata;
    output reg  [7:0] m_axis_payload_tkeep;
    output reg  m_axis_payload_tlast;
    output reg  m_axis_payload_tuser;
    output reg  m_axis_payload_tvalid;
    input wire  m_axis_payload_tready;
    output reg  desc_valid;
    input wire  desc_ready;
    output reg  [47:0] desc_dst_mac;
    output reg  [47:0] desc_src_mac;
    output reg  [31:0] desc_src_ip;
    output reg  [31:0] desc_dst_ip;
    output reg  [5:0] desc_ip_dscp;
    output reg  [1:0] desc_ip_ecn;
    output reg  [15:0] desc_udp_src_port;
    output reg  [15:0] desc_udp_dst_port;
    output reg  [7:0] desc_opcode;
    output reg  desc_solicited;
    output reg  desc_mig_req;
    output reg  [1:0] desc_pad_count;
    output reg  [3:0] desc_tver;
    output reg  [15:0] desc_pkey;
    output reg  desc_fecn;
    output reg  desc_becn;
    output reg  [23:0] desc_dest_qp;
    output reg  desc_ack_req;
    output reg  [23:0] desc_psn;
    output reg  desc_has_reth;
    output reg  [63:0] desc_reth_va;
    output reg  [31:0] desc_reth_rkey;
    output reg  [31:0] desc_reth_dma_length;
    output reg  desc_has_aeth;
    output reg  [7:0] desc_aeth_syndrome;
    output reg  [23:0] desc_aeth_msn;
    output reg  desc_has_immdt;
    output reg  [31:0] desc_immdt;
    output reg  desc_has_ieth;
    output reg  [31:0] desc_ieth_rkey;
    output reg  desc_has_deth;
    output reg  [31:0] desc_deth_qkey;
    output reg  [23:0] desc_deth_src_qp;
    output reg  [15:0] desc_payload_length;
    output reg  desc_has_payload;
    output reg  verdict_valid;
    input wire  verdict_ready;
    output reg  [4:0] verdict_cause;
    input wire  [4:0] stat_index;
    output reg  [31:0] stat_value;
    
    // Constant declarations
    localparam  no_header = 465'h0;
    localparam  first_phase = 11'b1;
    localparam  beyond_phase = 11'b10000000000;
    localparam  all_lanes = 4'h8;
    localparam  one_lane = 4'h1;
    localparam  lane_two = 4'h2;
    localparam  no_room = 17'b0;
    localparam  no_beats = 10'b0;
    localparam  one_beat = 10'b1;
    localparam  beat_six = 10'b110;
    localparam  eth_header_minus_one = 17'b1101;
    localparam  ip_header_bytes = 16'h14;
    localparam  min_frame_last_byte = 17'b111011;
    localparam  min_frame_beat = 10'b111;
    localparam  min_frame_lanes = 4'h4;
    localparam  beat_max = 10'b1111111111;
    
    // Stub signals
    reg  input_slice$clock;
    reg  input_slice$reset;
    reg  [94:0] input_slice$in_data;
    reg  input_slice$in_valid;
    wire  input_slice$in_ready;
    wire  [94:0] input_slice$out_data;
    wire  input_slice$out_valid;
    reg  input_slice$out_ready;
    reg  checks$clock;
    reg  [15:0] checks$cfg_pkey;
    reg  [12:0] checks$cfg_path_mtu;
    reg  [17:0] checks$flags;
    reg  [63:0] checks$beat;
    reg  checks$beat_0;
    reg  checks$beat_1;
    reg  checks$beat_2;
    reg  checks$beat_4;
    reg  checks$beat_5;
    reg  checks$beat_6;
    reg  checks$beat_complete;
    reg  checks$beat_mac_error;
    reg  checks$opcode_supported;
    reg  checks$udp_length_ok;
    reg  [16:0] checks$payload_room;
    reg  [1:0] checks$rule;
    reg  [1:0] checks$pad_count;
    wire  [17:0] checks$next_flags;
    wire  checks$structural_error;
    wire  checks$length_check_failed;
    reg  payload$clock;
    reg  payload$reset;
    reg  [63:0] payload$beat;
    reg  [3:0] payload$beat_lanes;
    reg  payload$beat_last;
    reg  payload$beat_taken;
    reg  payload$last_beat_loads;
    reg  payload$headers_end_here;
    reg  payload$headers_end_now;
    reg  [3:0] payload$payload_lane;
    reg  [16:0] payload$payload_room;
    reg  payload$payload_starts;
    reg  payload$length_check_failed;
    reg  payload$ended_with_length_error;
    wire  payload$ready;
    wire  payload$draining;
    wire  [63:0] payload$m_axis_tdata;
    wire  [7:0] payload$m_axis_tkeep;
    wire  payload$m_axis_tlast;
    wire  payload$m_axis_tuser;
    wire  payload$m_axis_tvalid;
    reg  payload$m_axis_tready;
    reg  [7:0] keep_bytes$data_in;
    wire  [63:0] keep_bytes$data_out;
    reg  [63:0] byte_swap$data_in;
    wire  [63:0] byte_swap$data_out;
    reg  [7:0] opcodes$address;
    wire  [22:0] opcodes$data;
    reg  [7:0] keep_lanes$address;
    wire  [3:0] keep_lanes$data;
    reg  icrc$clock;
    reg  icrc$reset;
    reg  [63:0] icrc$beat;
    reg  icrc$beat_taken;
    reg  icrc$beat_last;
    reg  icrc$beat_0;
    reg  icrc$beat_1;
    reg  icrc$beat_2;
    reg  icrc$beat_3;
    reg  icrc$beat_5;
    wire  icrc$result_valid;
    wire  icrc$result_ok;
    reg  checksum$clock;
    reg  checksum$reset;
    reg  [63:0] checksum$beat;
    reg  checksum$beat_taken;
    reg  checksum$beat_1;
    reg  checksum$beat_2;
    reg  checksum$beat_3;
    reg  checksum$beat_4;
    wire  checksum$bad;
    reg  verdict$clock;
    reg  verdict$reset;
    reg  verdict$frame_end;
    reg  [17:0] verdict$frame_flags;
    reg  verdict$checksum_bad;
    reg  verdict$icrc_valid;
    reg  verdict$icrc_ok;
    wire  verdict$valid;
    reg  verdict$ready;
    wire  [4:0] verdict$cause;
    wire  verdict$busy;
    wire  verdict$ended_with_length_error;
    reg  [4:0] verdict$stat_index;
    wire  [31:0] verdict$stat_value;
    reg  [9:0] beat$d;
    wire  [9:0] beat$q;
    reg  beat$clock;
    reg  [10:0] phase$d;
    wire  [10:0] phase$q;
    reg  phase$clock;
    reg  bth_seen$d;
    wire  bth_seen$q;
    reg  bth_seen$clock;
    reg  header_end_next$d;
    wire  header_end_next$q;
    reg  header_end_next$clock;
    reg  [464:0] header$d;
    wire  [464:0] header$q;
    reg  header$clock;
    reg  [17:0] flags$d;
    wire  [17:0] flags$q;
    reg  flags$clock;
    reg  header_done$d;
    wire  header_done$q;
    reg  header_done$clock;
    reg  [15:0] ip_length$d;
    wire  [15:0] ip_length$q;
    reg  ip_length$clock;
    reg  udp_length_ok$d;
    wire  udp_length_ok$q;
    reg  udp_length_ok$clock;
    reg  [16:0] payload_room$d;
    wire  [16:0] payload_room$q;
    reg  payload_room$clock;
    reg  [1:0] rule$d;
    wire  [1:0] rule$q;
    reg  rule$clock;
    reg  [1:0] pad_count$d;
    wire  [1:0] pad_count$q;
    reg  pad_count$clock;
    reg  [9:0] header_end_beat$d;
    wire  [9:0] header_end_beat$q;
    reg  header_end_beat$clock;
    reg  [3:0] payload_lane$d;
    wire  [3:0] payload_lane$q;
    reg  payload_lane$clock;
    reg  payload_at_lane_two$d;
    wire  payload_at_lane_two$q;
    reg  payload_at_lane_two$clock;
    reg  [9:0] end_beat$d;
    wire  [9:0] end_beat$q;
    reg  end_beat$clock;
    reg  [3:0] end_lanes$d;
    wire  [3:0] end_lanes$q;
    reg  end_lanes$clock;
    reg  end_below_minimum$d;
    wire  end_below_minimum$q;
    reg  end_below_minimum$clock;
    reg  last_beat_busy$d;
    wire  last_beat_busy$q;
    reg  last_beat_busy$clock;
    reg  descriptor_busy$d;
    wire  descriptor_busy$q;
    reg  descriptor_busy$clock;
    reg  descriptor$clock;
    reg  descriptor$reset;
    reg  descriptor$headers_end;
    reg  descriptor$length_known;
    reg  [15:0] descriptor$announced_length;
    reg  descriptor$payload_starts;
    reg  [464:0] descriptor$header;
    reg  descriptor$length_check_failed;
    wire  descriptor$occupied;
    wire  descriptor$valid;
    reg  descriptor$ready;
    wire  [47:0] descriptor$dst_mac;
    wire  [47:0] descriptor$src_mac;
    wire  [31:0] descriptor$src_ip;
    wire  [31:0] descriptor$dst_ip;
    wire  [5:0] descriptor$ip_dscp;
    wire  [1:0] descriptor$ip_ecn;
    wire  [15:0] descriptor$udp_src_port;
    wire  [15:0] descriptor$udp_dst_port;
    wire  [7:0] descriptor$opcode;
    wire  descriptor$solicited;
    wire  descriptor$mig_req;
    wire  [1:0] descriptor$pad_count;
    wire  [3:0] descriptor$tver;
    wire  [15:0] descriptor$pkey;
    wire  descriptor$fecn;
    wire  descriptor$becn;
    wire  [23:0] descriptor$dest_qp;
    wire  descriptor$ack_req;
    wire  [23:0] descriptor$psn;
    wire  descriptor$has_reth;
    wire  [63:0] descriptor$reth_va;
    wire  [31:0] descriptor$reth_rkey;
    wire  [31:0] descriptor$reth_dma_length;
    wire  descriptor$has_aeth;
    wire  [7:0] descriptor$aeth_syndrome;
    wire  [23:0] descriptor$aeth_msn;
    wire  descriptor$has_immdt;
    wire  [31:0] descriptor$immdt;
    wire  descriptor$has_ieth;
    wire  [31:0] descriptor$ieth_rkey;
    wire  descriptor$has_deth;
    wire  [31:0] descriptor$deth_qkey;
    wire  [23:0] descriptor$deth_src_qp;
    wire  [15:0] descriptor$payload_length;
    wire  descriptor$has_payload;
    
    // Local signals
    reg  [63:0] data_in;
    reg  accept;
    reg  tlast;
    reg  [63:0] data_le;
    reg  [63:0] data_be;
    reg  [3:0] lanes;
    reg  beat_complete;
    reg  [17:0] next_flags;
    reg  length_check_failed;
    reg  header_complete_now;
    reg  descriptor_event;
    reg  payload_starts_now;
    reg  can_take;
    reg  header_complete_here;
    reg  [22:0] entry;
    reg  [16:0] end_minus_one;
    reg  [17:0] frame_flags;
    
    // Sub module instances
    alchitry_cu_core$self_test$parser$input_slice input_slice(
        .clock(input_slice$clock),
        .reset(input_slice$reset),
        .in_data(input_slice$in_data),
        .in_valid(input_slice$in_valid),
        .in_ready(input_slice$in_ready),
        .out_data(input_slice$out_data),
        .out_valid(input_slice$out_valid),
        .out_ready(input_slice$out_ready)
    );
    alchitry_cu_core$self_test$parser$checks checks(
        .clock(checks$clock),
        .cfg_pkey(checks$cfg_pkey),
        .cfg_path_mtu(checks$cfg_path_mtu),
        .flags(checks$flags),
        .beat(checks$beat),
        .beat_0(checks$beat_0),
        .beat_1(checks$beat_1),
        .beat_2(checks$beat_2),
        .beat_4(checks$beat_4),
        .beat_5(checks$beat_5),
        .beat_6(checks$beat_6),
        .beat_complete(checks$beat_complete),
        .beat_mac_error(checks$beat_mac_error),
        .opcode_supported(checks$opcode_supported),
        .udp_length_ok(checks$udp_length_ok),
        .payload_room(checks$payload_room),
        .rule(checks$rule),
        .pad_count(checks$pad_count),
        .next_flags(checks$next_flags),
        .structural_error(checks$structural_error),
        .length_check_failed(checks$length_check_failed)
    );
    alchitry_cu_core$self_test$parser$payload payload(
        .clock(payload$clock),
        .reset(payload$reset),
        .beat(payload$beat),
        .beat_lanes(payload$beat_lanes),
        .beat_last(payload$beat_last),
        .beat_taken(payload$beat_taken),
        .last_beat_loads(payload$last_beat_loads),
        .headers_end_here(payload$headers_end_here),
        .headers_end_now(payload$headers_end_now),
        .payload_lane(payload$payload_lane),
        .payload_room(payload$payload_room),
        .payload_starts(payload$payload_starts),
        .length_check_failed(payload$length_check_failed),
        .ended_with_length_error(payload$ended_with_length_error),
        .ready(payload$ready),
        .draining(payload$draining),
        .m_axis_tdata(payload$m_axis_tdata),
        .m_axis_tkeep(payload$m_axis_tkeep),
        .m_axis_tlast(payload$m_axis_tlast),
        .m_axis_tuser(payload$m_axis_tuser),
        .m_axis_tvalid(payload$m_axis_tvalid),
        .m_axis_tready(payload$m_axis_tready)
    );
    alchitry_cu_core$self_test$parser$keep_bytes keep_bytes(
        .data_in(keep_bytes$data_in),
        .data_out(keep_bytes$data_out)
    );
    alchitry_cu_core$self_test$parser$byte_swap byte_swap(
        .data_in(byte_swap$data_in),
        .data_out(byte_swap$data_out)
    );
    alchitry_cu_core$self_test$parser$opcodes opcodes(
        .address(opcodes$address),
        .data(opcodes$data)
    );
    alchitry_cu_core$self_test$parser$keep_lanes keep_lanes(
        .address(keep_lanes$address),
        .data(keep_lanes$data)
    );
    alchitry_cu_core$self_test$parser$icrc icrc(
        .clock(icrc$clock),
        .reset(icrc$reset),
        .beat(icrc$beat),
        .beat_taken(icrc$beat_taken),
        .beat_last(icrc$beat_last),
        .beat_0(icrc$beat_0),
        .beat_1(icrc$beat_1),
        .beat_2(icrc$beat_2),
        .beat_3(icrc$beat_3),
        .beat_5(icrc$beat_5),
        .result_valid(icrc$result_valid),
        .result_ok(icrc$result_ok)
    );
    alchitry_cu_core$self_test$parser$checksum checksum(
        .clock(checksum$clock),
        .reset(checksum$reset),
        .beat(checksum$beat),
        .beat_taken(checksum$beat_taken),
        .beat_1(checksum$beat_1),
        .beat_2(checksum$beat_2),
        .beat_3(checksum$beat_3),
        .beat_4(checksum$beat_4),
        .bad(checksum$bad)
    );
    alchitry_cu_core$self_test$parser$verdict verdict(
        .clock(verdict$clock),
        .reset(verdict$reset),
        .frame_end(verdict$frame_end),
        .frame_flags(verdict$frame_flags),
        .checksum_bad(verdict$checksum_bad),
        .icrc_valid(verdict$icrc_valid),
        .icrc_ok(verdict$icrc_ok),
        .valid(verdict$valid),
        .ready(verdict$ready),
        .cause(verdict$cause),
        .busy(verdict$busy),
        .ended_with_length_error(verdict$ended_with_length_error),
        .stat_index(verdict$stat_index),
        .stat_value(verdict$stat_value)
    );
    alchitry_cu_core$self_test$parser$beat beat(
        .d(beat$d),
        .q(beat$q),
        .clock(beat$clock)
    );
    alchitry_cu_core$self_test$parser$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    alchitry_cu_core$self_test$parser$bth_seen bth_seen(
        .d(bth_seen$d),
        .q(bth_seen$q),
        .clock(bth_seen$clock)
    );
    alchitry_cu_core$self_test$parser$header_end_next header_end_next(
        .d(header_end_next$d),
        .q(header_end_next$q),
        .clock(header_end_next$clock)
    );
    alchitry_cu_core$self_test$parser$header header(
        .d(header$d),
        .q(header$q),
        .clock(header$clock)
    );
    alchitry_cu_core$self_test$parser$flags flags(
        .d(flags$d),
        .q(flags$q),
        .clock(flags$clock)
    );
    alchitry_cu_core$self_test$parser$header_done header_done(
        .d(header_done$d),
        .q(header_done$q),
        .clock(header_done$clock)
    );
    alchitry_cu_core$self_test$parser$ip_length ip_length(
        .d(ip_length$d),
        .q(ip_length$q),
        .clock(ip_length$clock)
    );
    alchitry_cu_core$self_test$parser$udp_length_ok udp_length_ok(
        .d(udp_length_ok$d),
        .q(udp_length_ok$q),
        .clock(udp_length_ok$clock)
    );
    alchitry_cu_core$self_test$parser$payload_room payload_room(
        .d(payload_room$d),
        .q(payload_room$q),
        .clock(payload_room$clock)
    );
    alchitry_cu_core$self_test$parser$rule rule(
        .d(rule$d),
        .q(rule$q),
        .clock(rule$clock)
    );
    alchitry_cu_core$self_test$parser$pad_count pad_count(
        .d(pad_count$d),
        .q(pad_count$q),
        .clock(pad_count$clock)
    );
    alchitry_cu_core$self_test$parser$header_end_beat header_end_beat(
        .d(header_end_beat$d),
        .q(header_end_beat$q),
        .clock(header_end_beat$clock)
    );
    alchitry_cu_core$self_test$parser$payload_lane payload_lane(
        .d(payload_lane$d),
        .q(payload_lane$q),
        .clock(payload_lane$clock)
    );
    alchitry_cu_core$self_test$parser$payload_at_lane_two payload_at_lane_two(
        .d(payload_at_lane_two$d),
        .q(payload_at_lane_two$q),
        .clock(payload_at_lane_two$clock)
    );
    alchitry_cu_core$self_test$parser$end_beat end_beat(
        .d(end_beat$d),
        .q(end_beat$q),
        .clock(end_beat$clock)
    );
    alchitry_cu_core$self_test$parser$end_lanes end_lanes(
        .d(end_lanes$d),
        .q(end_lanes$q),
        .clock(end_lanes$clock)
    );
    alchitry_cu_core$self_test$parser$end_below_minimum end_below_minimum(
        .d(end_below_minimum$d),
        .q(end_below_minimum$q),
        .clock(end_below_minimum$clock)
    );
    alchitry_cu_core$self_test$parser$last_beat_busy last_beat_busy(
        .d(last_beat_busy$d),
        .q(last_beat_busy$q),
        .clock(last_beat_busy$clock)
    );
    alchitry_cu_core$self_test$parser$descriptor_busy descriptor_busy(
        .d(descriptor_busy$d),
        .q(descriptor_busy$q),
        .clock(descriptor_busy$clock)
    );
    alchitry_cu_core$self_test$parser$descriptor descriptor(
        .clock(descriptor$clock),
        .reset(descriptor$reset),
        .headers_end(descriptor$headers_end),
        .length_known(descriptor$length_known),
        .announced_length(descriptor$announced_length),
        .payload_starts(descriptor$payload_starts),
        .header(descriptor$header),
        .length_check_failed(descriptor$length_check_failed),
        .occupied(descriptor$occupied),
        .valid(descriptor$valid),
        .ready(descriptor$ready),
        .dst_mac(descriptor$dst_mac),
        .src_mac(descriptor$src_mac),
        .src_ip(descriptor$src_ip),
        .dst_ip(descriptor$dst_ip),
        .ip_dscp(descriptor$ip_dscp),
        .ip_ecn(descriptor$ip_ecn),
        .udp_src_port(descriptor$udp_src_port),
        .udp_dst_port(descriptor$udp_dst_port),
        .opcode(descriptor$opcode),
        .solicited(descriptor$solicited),
        .mig_req(descriptor$mig_req),
        .pad_count(descriptor$pad_count),
        .tver(descriptor$tver),
        .pkey(descriptor$pkey),
        .fecn(descriptor$fecn),
        .becn(descriptor$becn),
        .dest_qp(descriptor$dest_qp),
        .ack_req(descriptor$ack_req),
        .psn(descriptor$psn),
        .has_reth(descriptor$has_reth),
        .reth_va(descriptor$reth_va),
        .reth_rkey(descriptor$reth_rkey),
        .reth_dma_length(descriptor$reth_dma_length),
        .has_aeth(descriptor$has_aeth),
        .aeth_syndrome(descriptor$aeth_syndrome),
        .aeth_msn(descriptor$aeth_msn),
        .has_immdt(descriptor$has_immdt),
        .immdt(descriptor$immdt),
        .has_ieth(descriptor$has_ieth),
        .ieth_rkey(descriptor$ieth_rkey),
        .has_deth(descriptor$has_deth),
        .deth_qkey(descriptor$deth_qkey),
        .deth_src_qp(descriptor$deth_src_qp),
        .payload_length(descriptor$payload_length),
        .has_payload(descriptor$has_payload)
    );
    
    // Update code
    always @(*) begin
        beat$clock = clock;
        phase$clock = clock;
        bth_seen$clock = clock;
        header_end_next$clock = clock;
        header$clock = clock;
        flags$clock = clock;
        header_done$clock = clock;
        ip_length$clock = clock;
        udp_length_ok$clock = clock;
        payload_room$clock = clock;
        rule$clock = clock;
        pad_count$clock = clock;
        header_end_beat$clock = clock;
        payload_lane$clock = clock;
        payload_at_lane_two$clock = clock;
        end_beat$clock = clock;
        end_lanes$clock = clock;
        end_below_minimum$clock = clock;
        last_beat_busy$clock = clock;
        descriptor_busy$clock = clock;
        beat$d = beat$q;
        phase$d = phase$q;
        bth_seen$d = bth_seen$q;
        header_end_next$d = header_end_next$q;
        header$d = header$q;
        flags$d = flags$q;
        header_done$d = header_done$q;
        ip_length$d = ip_length$q;
        udp_length_ok$d = udp_length_ok$q;
        payload_room$d = payload_room$q;
        rule$d = rule$q;
        pad_count$d = pad_count$q;
        header_end_beat$d = header_end_beat$q;
        payload_lane$d = payload_lane$q;
        payload_at_lane_two$d = payload_at_lane_two$q;
        end_beat$d = end_beat$q;
        end_lanes$d = end_lanes$q;
        end_below_minimum$d = end_below_minimum$q;
        last_beat_busy$d = last_beat_busy$q;
        descriptor_busy$d = descriptor_busy$q;
        input_slice$clock = clock;
        checks$clock = clock;
        payload$clock = clock;
        icrc$clock = clock;
        checksum$clock = clock;
        verdict$clock = clock;
        descriptor$clock = clock;
        input_slice$reset = reset;
        payload$reset = reset;
        icrc$reset = reset;
        checksum$reset = reset;
        verdict$reset = reset;
        descriptor$reset = reset;
        keep_bytes$data_in = s_axis_tkeep;
        keep_lanes$address = s_axis_tkeep;
        data_in = s_axis_tdata;
        input_slice$in_data[(64'h40)+:(4)] = all_lanes;
        input_slice$in_data[(64'h46)+:(1)] = 1'b1;
        input_slice$in_data[(64'h47)+:(1)] = 1'b1;
        if (s_axis_tlast) begin
            data_in = s_axis_tdata & keep_bytes$data_out;
            input_slice$in_data[(64'h40)+:(4)] = keep_lanes$data;
            input_slice$in_data[(64'h46)+:(1)] = |s_axis_tkeep[(32'h1)+:(7)];
            input_slice$in_data[(64'h47)+:(1)] = |s_axis_tkeep[(32'h5)+:(3)];
        end
        input_slice$in_data[(64'h0)+:(64)] = data_in;
        input_slice$in_data[(64'h44)+:(1)] = s_axis_tlast;
        input_slice$in_data[(64'h45)+:(1)] = s_axis_tuser;
        opcodes$address = data_in[(32'h10)+:(8)];
        input_slice$in_data[(64'h48)+:(23)] = opcodes$data;
        input_slice$in_valid = s_axis_tvalid;
        s_axis_tready = input_slice$in_ready;
        tlast = input_slice$out_data[(64'h44)+:(1)];
        data_le = input_slice$out_data[(64'h0)+:(64)];
        lanes = input_slice$out_data[(64'h40)+:(4)];
        byte_swap$data_in = data_le;
        data_be = byte_swap$data_out;
        beat_complete = lanes == all_lanes;
        entry = input_slice$out_data[(64'h48)+:(23)];
        checks$cfg_pkey = cfg_pkey;
        checks$cfg_path_mtu = cfg_path_mtu;
        checks$flags = flags$q;
        checks$beat = data_be;
        checks$beat_0 = phase$q[32'h0];
        checks$beat_1 = phase$q[32'h1];
        checks$beat_2 = phase$q[32'h2];
        checks$beat_4 = phase$q[32'h4];
        checks$beat_5 = phase$q[32'h5];
        checks$beat_6 = phase$q[32'h6];
        checks$beat_complete = beat_complete;
        checks$beat_mac_error = input_slice$out_data[(64'h45)+:(1)];
        checks$opcode_supported = entry[(64'h0)+:(1)];
        checks$udp_length_ok = udp_length_ok$q;
        checks$payload_room = payload_room$q;
        checks$rule = rule$q;
        checks$pad_count = pad_count$q;
        next_flags = checks$next_flags;
        length_check_failed = checks$length_check_failed;
        header_complete_here = header_end_next$q & input_slice$out_data[(64'h47)+:(1)];
        if (payload_at_lane_two$q) begin
            header_complete_here = header_end_next$q & input_slice$out_data[(64'h46)+:(1)];
        end
        can_take = payload$ready;
        if ((header_end_next$q | tlast) & descriptor_busy$q) begin
            can_take = 1'b0;
        end
        if (tlast & last_beat_busy$q) begin
            can_take = 1'b0;
        end
        input_slice$out_ready = can_take;
        accept = input_slice$out_valid & can_take;
        header_complete_now = accept & header_complete_here;
        payload_starts_now = header_complete_now & ~checks$structural_error & (payload_room$q != no_room);
        descriptor_event = header_complete_now | (accept & tlast & ~header_done$q);
        end_minus_one = ((ip_length$q) & 17'h1ffff) + eth_header_minus_one;
        if (input_slice$out_valid) begin
            flags$d = next_flags;
            if (phase$q[32'h0]) begin
                header$d = no_header;
                header$d[(64'h0)+:(64)] = data_be;
            end
            if (phase$q[32'h1]) begin
                header$d[(64'h40)+:(32)] = data_be[(32'h20)+:(32)];
                header$d[(64'h60)+:(8)] = data_be[(32'h0)+:(8)];
            end
            if (phase$q[32'h2]) begin
                ip_length$d = data_be[(32'h30)+:(16)];
            end
            if (phase$q[32'h3]) begin
                header$d[(64'h68)+:(48)] = data_be[(32'h0)+:(48)];
                end_beat$d = ((end_minus_one[(32'h3)+:(14)]) & 10'h3ff);
                end_lanes$d = ((end_minus_one[(32'h0)+:(3)]) & 4'hf) + one_lane;
                end_below_minimum$d = end_minus_one < min_frame_last_byte;
            end
            if (phase$q[32'h4]) begin
                header$d[(64'h98)+:(48)] = data_be[(32'h10)+:(48)];
                udp_length_ok$d = data_be[(32'h0)+:(16)] == (ip_length$q - ip_header_bytes);
            end
            if (phase$q[32'h5]) begin
                bth_seen$d = 1'b1;
                header$d[(64'hc8)+:(32)] = data_be[(32'h10)+:(32)];
                header$d[(64'he8)+:(2)] = data_be[(32'he)+:(2)];
                header$d[(64'hea)+:(8)] = data_be[(32'h0)+:(8)];
                header$d[(64'h1bb)+:(1)] = entry[(64'h3)+:(1)];
                header$d[(64'h1bc)+:(1)] = entry[(64'h4)+:(1)];
                header$d[(64'h1bd)+:(1)] = entry[(64'h5)+:(1)];
                header$d[(64'h1be)+:(1)] = entry[(64'h6)+:(1)];
                header$d[(64'h1bf)+:(1)] = entry[(64'h7)+:(1)];
                rule$d = entry[(64'h1)+:(2)];
                pad_count$d = data_be[(32'h24)+:(2)];
                payload_room$d = ((ip_length$q) & 17'h1ffff) - ((entry[(64'h8)+:(7)]) & 17'h1ffff) - ((data_be[(32'h24)+:(2)]) & 17'h1ffff);
                header_end_beat$d = ((entry[(64'hf)+:(4)]) & 10'h3ff);
                payload_lane$d = entry[(64'h13)+:(4)];
                payload_at_lane_two$d = entry[(64'h13)+:(4)] == lane_two;
            end
            if (phase$q[32'h6]) begin
                header$d[(64'hf2)+:(16)] = data_be[(32'h30)+:(16)];
                header$d[(64'h102)+:(1)] = data_be[32'h2f];
                header$d[(64'h103)+:(24)] = data_be[(32'h10)+:(24)];
                header$d[(64'h11b)+:(16)] = data_be[(32'h0)+:(16)];
            end
            if (phase$q[32'h7]) begin
                header$d[(64'h12b)+:(64)] = data_be;
            end
            if (phase$q[32'h8]) begin
                header$d[(64'h16b)+:(64)] = data_be;
            end
            if (phase$q[32'h9]) begin
                header$d[(64'h1ab)+:(16)] = data_be[(32'h30)+:(16)];
            end
        end
        if (accept) begin
            phase$d = (phase$q << 32'h1) | (phase$q & beyond_phase);
            if (beat$q != beat_max) begin
                beat$d = beat$q + one_beat;
            end
            header_end_next$d = bth_seen$q & (beat$q != beat_max) & ((beat$q + one_beat) == header_end_beat$q);
            if (phase$q[32'h5]) begin
                header_end_next$d = ((entry[(64'hf)+:(4)]) & 10'h3ff) == beat_six;
            end
            if (header_complete_now) begin
                header_done$d = 1'b1;
            end
            if (tlast) begin
                beat$d = no_beats;
                phase$d = first_phase;
                bth_seen$d = 1'b0;
                header_done$d = 1'b0;
                header_end_next$d = 1'b0;
            end
        end
        checksum$beat = data_be;
        checksum$beat_taken = accept;
        checksum$beat_1 = phase$q[32'h1];
        checksum$beat_2 = phase$q[32'h2];
        checksum$beat_3 = phase$q[32'h3];
        checksum$beat_4 = phase$q[32'h4];
        icrc$beat = data_le;
        icrc$beat_taken = accept;
        icrc$beat_last = tlast;
        icrc$beat_0 = phase$q[32'h0];
        icrc$beat_1 = phase$q[32'h1];
        icrc$beat_2 = phase$q[32'h2];
        icrc$beat_3 = phase$q[32'h3];
        icrc$beat_5 = phase$q[32'h5];
        payload$beat = data_le;
        payload$beat_lanes = lanes;
        payload$beat_last = tlast;
        payload$beat_taken = accept;
        payload$last_beat_loads = input_slice$out_valid & tlast & ~last_beat_busy$q;
        payload$headers_end_here = header_complete_here;
        payload$headers_end_now = header_complete_now;
        payload$payload_lane = payload_lane$q;
        payload$payload_room = payload_room$q;
        payload$payload_starts = payload_starts_now;
        payload$length_check_failed = length_check_failed;
        payload$ended_with_length_error = verdict$ended_with_length_error;
        payload$m_axis_tready = m_axis_payload_tready;
        m_axis_payload_tdata = payload$m_axis_tdata;
        m_axis_payload_tkeep = payload$m_axis_tkeep;
        m_axis_payload_tlast = payload$m_axis_tlast;
        m_axis_payload_tuser = payload$m_axis_tuser;
        m_axis_payload_tvalid = payload$m_axis_tvalid;
        last_beat_busy$d = (accept & tlast) | verdict$busy | payload$draining;
        descriptor_busy$d = (descriptor_event | descriptor$occupied) & ((accept & tlast) | ~(header_done$q | header_complete_now));
        descriptor$headers_end = descriptor_event;
        descriptor$length_known = header_complete_now & ~next_flags[(64'he)+:(1)];
        descriptor$announced_length = payload_room$q[(32'h0)+:(16)];
        descriptor$payload_starts = payload_starts_now;
        descriptor$header = header$q;
        descriptor$length_check_failed = length_check_failed;
        descriptor$ready = desc_ready;
        desc_valid = descriptor$valid;
        desc_dst_mac = descriptor$dst_mac;
        desc_src_mac = descriptor$src_mac;
        desc_src_ip = descriptor$src_ip;
        desc_dst_ip = descriptor$dst_ip;
        desc_ip_dscp = descriptor$ip_dscp;
        desc_ip_ecn = descriptor$ip_ecn;
        desc_udp_src_port = descriptor$udp_src_port;
        desc_udp_dst_port = descriptor$udp_dst_port;
        desc_opcode = descriptor$opcode;
        desc_solicited = descriptor$solicited;
        desc_mig_req = descriptor$mig_req;
        desc_pad_count = descriptor$pad_count;
        desc_tver = descriptor$tver;
        desc_pkey = descriptor$pkey;
        desc_fecn = descriptor$fecn;
        desc_becn = descriptor$becn;
        desc_dest_qp = descriptor$dest_qp;
        desc_ack_req = descriptor$ack_req;
        desc_psn = descriptor$psn;
        desc_has_reth = descriptor$has_reth;
        desc_reth_va = descriptor$reth_va;
        desc_reth_rkey = descriptor$reth_rkey;
        desc_reth_dma_length = descriptor$reth_dma_length;
        desc_has_aeth = descriptor$has_aeth;
        desc_aeth_syndrome = descriptor$aeth_syndrome;
        desc_aeth_msn = descriptor$aeth_msn;
        desc_has_immdt = descriptor$has_immdt;
        desc_immdt = descriptor$immdt;
        desc_has_ieth = descriptor$has_ieth;
        desc_ieth_rkey = descriptor$ieth_rkey;
        desc_has_deth = descriptor$has_deth;
        desc_deth_qkey = descriptor$deth_qkey;
        desc_deth_src_qp = descriptor$deth_src_qp;
        desc_payload_length = descriptor$payload_length;
        desc_has_payload = descriptor$has_payload;
        frame_flags = next_flags;
        frame_flags[(64'hd)+:(1)] = ~(header_done$q | header_complete_now);
        frame_flags[(64'h11)+:(1)] = ~(((beat$q == end_beat$q) & (lanes == end_lanes$q)) | (end_below_minimum$q & (beat$q == min_frame_beat) & (lanes == min_frame_lanes)));
        verdict$frame_end = accept & tlast;
        verdict$frame_flags = frame_flags;
        verdict$checksum_bad = checksum$bad;
        verdict$icrc_valid = icrc$result_valid;
        verdict$icrc_ok = icrc$result_ok;
        verdict$ready = verdict_ready;
        verdict_valid = verdict$valid;
        verdict_cause = verdict$cause;
        verdict$stat_index = stat_index;
        stat_value = verdict$stat_value;
        if (reset) begin
            beat$d = no_beats;
            phase$d = first_phase;
            bth_seen$d = 1'b0;
            header_done$d = 1'b0;
            last_beat_busy$d = 1'b1;
            descriptor_busy$d = 1'b0;
        end
    end
    
endmodule // alchitry_cu_core$self_test$parser


module alchitry_cu_core$self_test$parser$beat(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$beat


module alchitry_cu_core$self_test$parser$bth_seen(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$bth_seen


module alchitry_cu_core$self_test$parser$byte_swap(data_in,data_out);
    
    // Module arguments
    input wire  [63:0] data_in;
    output reg  [63:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[56];
        data_out[1] = data_in[57];
        data_out[2] = data_in[58];
        data_out[3] = data_in[59];
        data_out[4] = data_in[60];
        data_out[5] = data_in[61];
        data_out[6] = data_in[62];
        data_out[7] = data_in[63];
        data_out[8] = data_in[48];
        data_out[9] = data_in[49];
        data_out[10] = data_in[50];
        data_out[11] = data_in[51];
        data_out[12] = data_in[52];
        data_out[13] = data_in[53];
        data_out[14] = data_in[54];
        data_out[15] = data_in[55];
        data_out[16] = data_in[40];
        data_out[17] = data_in[41];
        data_out[18] = data_in[42];
        data_out[19] = data_in[43];
        data_out[20] = data_in[44];
        data_out[21] = data_in[45];
        data_out[22] = data_in[46];
        data_out[23] = data_in[47];
        data_out[24] = data_in[32];
        data_out[25] = data_in[33];
        data_out[26] = data_in[34];
        data_out[27] = data_in[35];
        data_out[28] = data_in[36];
        data_out[29] = data_in[37];
        data_out[30] = data_in[38];
        data_out[31] = data_in[39];
        data_out[32] = data_in[24];
        data_out[33] = data_in[25];
        data_out[34] = data_in[26];
        data_out[35] = data_in[27];
        data_out[36] = data_in[28];
        data_out[37] = data_in[29];
        data_out[38] = data_in[30];
        data_out[39] = data_in[31];
        data_out[40] = data_in[16];
        data_out[41] = data_in[17];
        data_out[42] = data_in[18];
        data_out[43] = data_in[19];
        data_out[44] = data_in[20];
        data_out[45] = data_in[21];
        data_out[46] = data_in[22];
        data_out[47] = data_in[23];
        data_out[48] = data_in[8];
        data_out[49] = data_in[9];
        data_out[50] = data_in[10];
        data_out[51] = data_in[11];
        data_out[52] = data_in[12];
        data_out[53] = data_in[13];
        data_out[54] = data_in[14];
        data_out[55] = data_in[15];
        data_out[56] = data_in[0];
        data_out[57] = data_in[1];
        data_out[58] = data_in[2];
        data_out[59] = data_in[3];
        data_out[60] = data_in[4];
        data_out[61] = data_in[5];
        data_out[62] = data_in[6];
        data_out[63] = data_in[7];
    end
endmodule // alchitry_cu_core$self_test$parser$byte_swap


module alchitry_cu_core$self_test$parser$checks(clock,cfg_pkey,cfg_path_mtu,flags,beat,beat_0,beat_1,beat_2,beat_4,beat_5,beat_6,beat_complete,beat_mac_error,opcode_supported,udp_length_ok,payload_room,rule,pad_count,next_flags,structural_error,length_check_failed);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] cfg_pkey;
    input wire  [12:0] cfg_path_mtu;
    input wire  [17:0] flags;
    input wire  [63:0] beat;
    input wire  beat_0;
    input wire  beat_1;
    input wire  beat_2;
    input wire  beat_4;
    input wire  beat_5;
    input wire  beat_6;
    input wire  beat_complete;
    input wire  beat_mac_error;
    input wire  opcode_supported;
    input wire  udp_length_ok;
    input wire  [16:0] payload_room;
    input wire  [1:0] rule;
    input wire  [1:0] pad_count;
    output reg  [17:0] next_flags;
    output reg  structural_error;
    output reg  length_check_failed;
    
    // Constant declarations
    localparam  no_flags = 18'b0;
    localparam  ethertype_ipv4 = 16'h800;
    localparam  ethertype_ipv6 = 16'h86dd;
    localparam  ethertype_vlan = 16'h8100;
    localparam  ethertype_qinq = 16'h88a8;
    localparam  ip_version = 4'h4;
    localparam  ihl_plain = 4'h5;
    localparam  fragment_bits = 16'h3fff;
    localparam  not_fragmented = 16'h0;
    localparam  udp_protocol = 8'h11;
    localparam  rocev2_port = 16'h12b7;
    localparam  no_tver = 4'h0;
    localparam  pkey_bits = 16'h7fff;
    localparam  rule_empty = 2'b0;
    localparam  rule_exactly_mtu = 2'b1;
    localparam  rule_one_to_mtu = 2'b10;
    localparam  no_room = 17'b0;
    localparam  whole_words = 2'b0;
    
    // Stub signals
    reg  [15:0] pkey$d;
    wire  [15:0] pkey$q;
    reg  pkey$clock;
    reg  [12:0] path_mtu$d;
    wire  [12:0] path_mtu$q;
    reg  path_mtu$clock;
    
    // Local signals
    reg  [15:0] ethertype;
    reg  length_error;
    reg  too_long_error;
    reg  payload_length_error;
    
    // Sub module instances
    alchitry_cu_core$self_test$parser$checks$pkey pkey(
        .d(pkey$d),
        .q(pkey$q),
        .clock(pkey$clock)
    );
    alchitry_cu_core$self_test$parser$checks$path_mtu path_mtu(
        .d(path_mtu$d),
        .q(path_mtu$q),
        .clock(path_mtu$clock)
    );
    
    // Update code
    always @(*) begin
        pkey$clock = clock;
        path_mtu$clock = clock;
        pkey$d = pkey$q;
        path_mtu$d = path_mtu$q;
        pkey$d = cfg_pkey;
        path_mtu$d = cfg_path_mtu;
        ethertype = beat[(32'h10)+:(16)];
        next_flags = flags;
        if (beat_0) begin
            next_flags = no_flags;
        end
        if (beat_mac_error) begin
            next_flags[(64'h0)+:(1)] = 1'b1;
        end
        if (beat_1 & beat_complete) begin
            if ((ethertype == ethertype_vlan) | (ethertype == ethertype_qinq)) begin
                next_flags[(64'h1)+:(1)] = 1'b1;
            end
            else if (ethertype == ethertype_ipv6) begin
                next_flags[(64'h2)+:(1)] = 1'b1;
            end
            else if (ethertype != ethertype_ipv4) begin
                next_flags[(64'h3)+:(1)] = 1'b1;
            end
            if ((beat[(32'hc)+:(4)] != ip_version) | (beat[(32'h8)+:(4)] < ihl_plain)) begin
                next_flags[(64'h4)+:(1)] = 1'b1;
            end
            else if (beat[(32'h8)+:(4)] > ihl_plain) begin
                next_flags[(64'h5)+:(1)] = 1'b1;
            end
        end
        if (beat_2 & beat_complete) begin
            if ((beat[(32'h10)+:(16)] & fragment_bits) != not_fragmented) begin
                next_flags[(64'h6)+:(1)] = 1'b1;
            end
            if (beat[(32'h0)+:(8)] != udp_protocol) begin
                next_flags[(64'h7)+:(1)] = 1'b1;
            end
        end
        if (beat_4 & beat_complete) begin
            next_flags[(64'h8)+:(1)] = 1'b1;
            if (beat[(32'h10)+:(16)] != rocev2_port) begin
                next_flags[(64'h9)+:(1)] = 1'b1;
            end
        end
        if (beat_5 & beat_complete) begin
            if (beat[(32'h20)+:(4)] != no_tver) begin
                next_flags[(64'ha)+:(1)] = 1'b1;
            end
            if (~opcode_supported) begin
                next_flags[(64'hb)+:(1)] = 1'b1;
            end
            if ((beat[(32'h10)+:(16)] & pkey_bits) != (pkey$q & pkey_bits)) begin
                next_flags[(64'hc)+:(1)] = 1'b1;
            end
        end
        length_error = ~udp_length_ok | payload_room[32'h10];
        too_long_error = payload_room > ((path_mtu$q) & 17'h1ffff);
        payload_length_error = (payload_room[(32'h0)+:(2)] + pad_count) != whole_words;
        if ((rule == rule_empty) & (payload_room != no_room)) begin
            payload_length_error = 1'b1;
        end
        if ((rule == rule_exactly_mtu) & (payload_room != ((path_mtu$q) & 17'h1ffff))) begin
            payload_length_error = 1'b1;
        end
        if ((rule == rule_one_to_mtu) & (payload_room == no_room)) begin
            payload_length_error = 1'b1;
        end
        if (beat_6) begin
            next_flags[(64'he)+:(1)] = length_error;
            next_flags[(64'hf)+:(1)] = too_long_error;
            next_flags[(64'h10)+:(1)] = payload_length_error;
        end
        structural_error = flags[(64'h1)+:(1)] | flags[(64'h2)+:(1)] | flags[(64'h3)+:(1)] | flags[(64'h4)+:(1)] | flags[(64'h5)+:(1)] | flags[(64'h6)+:(1)] | flags[(64'h7)+:(1)] | flags[(64'h9)+:(1)] | flags[(64'ha)+:(1)] | flags[(64'hb)+:(1)] | flags[(64'hc)+:(1)] | flags[(64'he)+:(1)] | flags[(64'hf)+:(1)] | flags[(64'h10)+:(1)];
        length_check_failed = flags[(64'he)+:(1)] | flags[(64'hf)+:(1)] | flags[(64'h10)+:(1)];
    end
    
endmodule // alchitry_cu_core$self_test$parser$checks


module alchitry_cu_core$self_test$parser$checks$path_mtu(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$checks$path_mtu


module alchitry_cu_core$self_test$parser$checks$pkey(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$checks$pkey


module alchitry_cu_core$self_test$parser$checksum(clock,reset,beat,beat_taken,beat_1,beat_2,beat_3,beat_4,bad);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] beat;
    input wire  beat_taken;
    input wire  beat_1;
    input wire  beat_2;
    input wire  beat_3;
    input wire  beat_4;
    output reg  bad;
    
    // Constant declarations
    localparam  whole_word = 17'b1111111111111111;
    localparam  no_word = 17'b0;
    localparam  sum_ok = 17'b1111111111111111;
    
    // Stub signals
    reg  [16:0] pair_a$d;
    wire  [16:0] pair_a$q;
    reg  pair_a$clock;
    reg  [16:0] pair_b$d;
    wire  [16:0] pair_b$q;
    reg  pair_b$clock;
    reg  pairs_valid$d;
    wire  pairs_valid$q;
    reg  pairs_valid$clock;
    reg  pairs_first$d;
    wire  pairs_first$q;
    reg  pairs_first$clock;
    reg  pairs_last$d;
    wire  pairs_last$q;
    reg  pairs_last$clock;
    reg  [18:0] total_a$d;
    wire  [18:0] total_a$q;
    reg  total_a$clock;
    reg  [18:0] total_b$d;
    wire  [18:0] total_b$q;
    reg  total_b$clock;
    reg  combine$d;
    wire  combine$q;
    reg  combine$clock;
    reg  [19:0] total$d;
    wire  [19:0] total$q;
    reg  total$clock;
    reg  check$d;
    wire  check$q;
    reg  check$clock;
    reg  bad_sum$d;
    wire  bad_sum$q;
    reg  bad_sum$clock;
    
    // Local signals
    reg  [16:0] word_a;
    reg  [16:0] word_b;
    reg  [16:0] word_c;
    reg  [16:0] word_d;
    
    // Sub module instances
    alchitry_cu_core$self_test$parser$checksum$pair_a pair_a(
        .d(pair_a$d),
        .q(pair_a$q),
        .clock(pair_a$clock)
    );
    alchitry_cu_core$self_test$parser$checksum$pair_b pair_b(
        .d(pair_b$d),
        .q(pair_b$q),
        .clock(pair_b$clock)
    );
    alchitry_cu_core$self_test$parser$checksum$pairs_valid pairs_valid(
        .d(pairs_valid$d),
        .q(pairs_valid$q),
        .clock(pairs_valid$clock)
    );
    alchitry_cu_core$self_test$parser$checksum$pairs_first pairs_first(
        .d(pairs_first$d),
        .q(pairs_first$q),
        .clock(pairs_first$clock)
    );
    alchitry_cu_core$self_test$parser$checksum$pairs_last pairs_last(
        .d(pairs_last$d),
        .q(pairs_last$q),
        .clock(pairs_last$clock)
    );
    alchitry_cu_core$self_test$parser$checksum$total_a total_a(
        .d(total_a$d),
        .q(total_a$q),
        .clock(total_a$clock)
    );
    alchitry_cu_core$self_test$parser$checksum$total_b total_b(
        .d(total_b$d),
        .q(total_b$q),
        .clock(total_b$clock)
    );
    alchitry_cu_core$self_test$parser$checksum$combine combine(
        .d(combine$d),
        .q(combine$q),
        .clock(combine$clock)
    );
    alchitry_cu_core$self_test$parser$checksum$total total(
        .d(total$d),
        .q(total$q),
        .clock(total$clock)
    );
    alchitry_cu_core$self_test$parser$checksum$check check(
        .d(check$d),
        .q(check$q),
        .clock(check$clock)
    );
    alchitry_cu_core$self_test$parser$checksum$bad_sum bad_sum(
        .d(bad_sum$d),
        .q(bad_sum$q),
        .clock(bad_sum$clock)
    );
    
    // Update code
    always @(*) begin
        pair_a$clock = clock;
        pair_b$clock = clock;
        pairs_valid$clock = clock;
        pairs_first$clock = clock;
        pairs_last$clock = clock;
        total_a$clock = clock;
        total_b$clock = clock;
        combine$clock = clock;
        total$clock = clock;
        check$clock = clock;
        bad_sum$clock = clock;
        pair_a$d = pair_a$q;
        pair_b$d = pair_b$q;
        pairs_valid$d = pairs_valid$q;
        pairs_first$d = pairs_first$q;
        pairs_last$d = pairs_last$q;
        total_a$d = total_a$q;
        total_b$d = total_b$q;
        combine$d = combine$q;
        total$d = total$q;
        check$d = check$q;
        bad_sum$d = bad_sum$q;
        word_a = whole_word;
        word_b = whole_word;
        word_c = whole_word;
        word_d = whole_word;
        if (beat_1) begin
            word_a = no_word;
            word_b = no_word;
            word_c = no_word;
        end
        if (beat_4) begin
            word_b = no_word;
            word_c = no_word;
            word_d = no_word;
        end
        pair_a$d = (((beat[(32'h30)+:(16)]) & 17'h1ffff) & word_a) + (((beat[(32'h20)+:(16)]) & 17'h1ffff) & word_b);
        pair_b$d = (((beat[(32'h10)+:(16)]) & 17'h1ffff) & word_c) + (((beat[(32'h0)+:(16)]) & 17'h1ffff) & word_d);
        pairs_valid$d = beat_taken & (beat_1 | beat_2 | beat_3 | beat_4);
        pairs_first$d = beat_1;
        pairs_last$d = beat_4;
        if (pairs_valid$q) begin
            if (pairs_first$q) begin
                total_a$d = ((pair_a$q) & 19'h7ffff);
                total_b$d = ((pair_b$q) & 19'h7ffff);
            end
            else begin
                total_a$d = total_a$q + ((pair_a$q) & 19'h7ffff);
                total_b$d = total_b$q + ((pair_b$q) & 19'h7ffff);
            end
        end
        combine$d = pairs_valid$q & pairs_last$q;
        total$d = ((total_a$q) & 20'hfffff) + ((total_b$q) & 20'hfffff);
        check$d = combine$q;
        if (check$q) begin
            bad_sum$d = (((total$q[(32'h0)+:(16)]) & 17'h1ffff) + ((total$q[(32'h10)+:(4)]) & 17'h1ffff)) != sum_ok;
        end
        bad = bad_sum$q;
        if (reset) begin
            pairs_valid$d = 1'b0;
            check$d = 1'b0;
            combine$d = 1'b0;
        end
    end
    
endmodule // alchitry_cu_core$self_test$parser$checksum


module alchitry_cu_core$self_test$parser$checksum$bad_sum(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$checksum$bad_sum


module alchitry_cu_core$self_test$parser$checksum$check(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$checksum$check


module alchitry_cu_core$self_test$parser$checksum$combine(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$checksum$combine


module alchitry_cu_core$self_test$parser$checksum$pair_a(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$checksum$pair_a


module alchitry_cu_core$self_test$parser$checksum$pair_b(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$checksum$pair_b


module alchitry_cu_core$self_test$parser$checksum$pairs_first(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$checksum$pairs_first


module alchitry_cu_core$self_test$parser$checksum$pairs_last(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$checksum$pairs_last


module alchitry_cu_core$self_test$parser$checksum$pairs_valid(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$checksum$pairs_valid


module alchitry_cu_core$self_test$parser$checksum$total(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 20'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$checksum$total


module alchitry_cu_core$self_test$parser$checksum$total_a(d,q,clock);
    
    // Module arguments
    input wire  [18:0] d;
    output reg  [18:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 19'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$checksum$total_a


module alchitry_cu_core$self_test$parser$checksum$total_b(d,q,clock);
    
    // Module arguments
    input wire  [18:0] d;
    output reg  [18:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 19'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$checksum$total_b


module alchitry_cu_core$self_test$parser$descriptor(clock,reset,headers_end,length_known,announced_length,payload_starts,header,length_check_failed,occupied,valid,ready,dst_mac,src_mac,src_ip,dst_ip,ip_dscp,ip_ecn,udp_src_port,udp_dst_port,opcode,solicited,mig_req,pad_count,tver,pkey,fecn,becn,dest_qp,ack_req,psn,has_reth,reth_va,reth_rkey,reth_dma_length,has_aeth,aeth_syndrome,aeth_msn,has_immdt,immdt,has_ieth,ieth_rkey,has_deth,deth_qkey,deth_src_qp,payload_length,has_payload);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  headers_end;
    input wire  length_known;
    input wire  [15:0] announced_length;
    input wire  payload_starts;
    input wire  [464:0] header;
    input wire  length_check_failed;
    output reg  occupied;
    output reg  valid;
    input wire  ready;
    output reg  [47:0] dst_mac;
    output reg  [47:0] src_mac;
    output reg  [31:0] src_ip;
    output reg  [31:0] dst_ip;
    output reg  [5:0] ip_dscp;
    output reg  [1:0] ip_ecn;
    output reg  [15:0] udp_src_port;
    output reg  [15:0] udp_dst_port;
    output reg  [7:0] opcode;
    output reg  solicited;
    output reg  mig_req;
    output reg  [1:0] pad_count;
    output reg  [3:0] tver;
    output reg  [15:0] pkey;
    output reg  fecn;
    output reg  becn;
    output reg  [23:0] dest_qp;
    output reg  ack_req;
    output reg  [23:0] psn;
    output reg  has_reth;
    output reg  [63:0] reth_va;
    output reg  [31:0] reth_rkey;
    output reg  [31:0] reth_dma_length;
    output reg  has_aeth;
    output reg  [7:0] aeth_syndrome;
    output reg  [23:0] aeth_msn;
    output reg  has_immdt;
    output reg  [31:0] immdt;
    output reg  has_ieth;
    output reg  [31:0] ieth_rkey;
    output reg  has_deth;
    output reg  [31:0] deth_qkey;
    output reg  [23:0] deth_src_qp;
    output reg  [15:0] payload_length;
    output reg  has_payload;
    
    // Constant declarations
    localparam  no_length = 16'h0;
    localparam  no_field_8 = 8'h0;
    localparam  no_field_24 = 24'h0;
    localparam  no_field_32 = 32'h0;
    localparam  no_field_64 = 64'h0;
    
    // Stub signals
    reg  load$d;
    wire  load$q;
    reg  load$clock;
    reg  [464:0] held$d;
    wire  [464:0] held$q;
    reg  held$clock;
    reg  held_valid$d;
    wire  held_valid$q;
    reg  held_valid$clock;
    reg  [15:0] staged_payload_length$d;
    wire  [15:0] staged_payload_length$q;
    reg  staged_payload_length$clock;
    reg  staged_has_payload$d;
    wire  staged_has_payload$q;
    reg  staged_has_payload$clock;
    
    // Local signals
    reg  [31:0] ext_word;
    reg  [63:0] d_b0;
    reg  [31:0] d_b1;
    reg  [7:0] d_tos;
    reg  [47:0] d_b3;
    reg  [47:0] d_b4;
    reg  [31:0] d_bth_head;
    reg  [1:0] d_bth_congestion;
    reg  [15:0] d_ext_a;
    reg  [63:0] d_ext_b;
    reg  [63:0] d_ext_c;
    reg  [15:0] d_ext_d;
    
    // Sub module instances
    alchitry_cu_core$self_test$parser$descriptor$load load(
        .d(load$d),
        .q(load$q),
        .clock(load$clock)
    );
    alchitry_cu_core$self_test$parser$descriptor$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    alchitry_cu_core$self_test$parser$descriptor$held_valid held_valid(
        .d(held_valid$d),
        .q(held_valid$q),
        .clock(held_valid$clock)
    );
    alchitry_cu_core$self_test$parser$descriptor$staged_payload_length staged_payload_length(
        .d(staged_payload_length$d),
        .q(staged_payload_length$q),
        .clock(staged_payload_length$clock)
    );
    alchitry_cu_core$self_test$parser$descriptor$staged_has_payload staged_has_payload(
        .d(staged_has_payload$d),
        .q(staged_has_payload$q),
        .clock(staged_has_payload$clock)
    );
    
    // Update code
    always @(*) begin
        load$clock = clock;
        held$clock = clock;
        held_valid$clock = clock;
        staged_payload_length$clock = clock;
        staged_has_payload$clock = clock;
        load$d = load$q;
        held$d = held$q;
        held_valid$d = held_valid$q;
        staged_payload_length$d = staged_payload_length$q;
        staged_has_payload$d = staged_has_payload$q;
        occupied = load$q | (held_valid$q & ~ready);
        load$d = headers_end;
        if (headers_end) begin
            staged_payload_length$d = no_length;
            if (length_known) begin
                staged_payload_length$d = announced_length;
            end
            staged_has_payload$d = payload_starts;
        end
        if (held_valid$q & ready) begin
            held_valid$d = 1'b0;
        end
        if (load$q) begin
            held$d = header;
            held$d[(64'h1c0)+:(16)] = staged_payload_length$q;
            held$d[(64'h1d0)+:(1)] = staged_has_payload$q & ~length_check_failed;
            held_valid$d = 1'b1;
        end
        valid = held_valid$q;
        d_b0 = held$q[(64'h0)+:(64)];
        d_b1 = held$q[(64'h40)+:(32)];
        d_tos = held$q[(64'h60)+:(8)];
        d_b3 = held$q[(64'h68)+:(48)];
        d_b4 = held$q[(64'h98)+:(48)];
        d_bth_head = held$q[(64'hc8)+:(32)];
        d_bth_congestion = held$q[(64'he8)+:(2)];
        d_ext_a = held$q[(64'h11b)+:(16)];
        d_ext_b = held$q[(64'h12b)+:(64)];
        d_ext_c = held$q[(64'h16b)+:(64)];
        d_ext_d = held$q[(64'h1ab)+:(16)];
        dst_mac = d_b0[(32'h10)+:(48)];
        src_mac = (((d_b0[(32'h0)+:(16)]) & 48'hffffffffffff) << 32'h20) | ((d_b1) & 48'hffffffffffff);
        ip_dscp = d_tos[(32'h2)+:(6)];
        ip_ecn = d_tos[(32'h0)+:(2)];
        src_ip = d_b3[(32'h10)+:(32)];
        dst_ip = (((d_b3[(32'h0)+:(16)]) & 32'hffffffff) << 32'h10) | ((d_b4[(32'h20)+:(16)]) & 32'hffffffff);
        udp_src_port = d_b4[(32'h10)+:(16)];
        udp_dst_port = d_b4[(32'h0)+:(16)];
        opcode = d_bth_head[(32'h18)+:(8)];
        solicited = d_bth_head[32'h17];
        mig_req = d_bth_head[32'h16];
        pad_count = d_bth_head[(32'h14)+:(2)];
        tver = d_bth_head[(32'h10)+:(4)];
        pkey = d_bth_head[(32'h0)+:(16)];
        fecn = d_bth_congestion[32'h1];
        becn = d_bth_congestion[32'h0];
        dest_qp = (((held$q[(64'hea)+:(8)]) & 24'hffffff) << 32'h10) | ((held$q[(64'hf2)+:(16)]) & 24'hffffff);
        ack_req = held$q[(64'h102)+:(1)];
        psn = held$q[(64'h103)+:(24)];
        ext_word = (((d_ext_a) & 32'hffffffff) << 32'h10) | ((d_ext_b[(32'h30)+:(16)]) & 32'hffffffff);
        has_reth = held$q[(64'h1bb)+:(1)];
        reth_va = no_field_64;
        reth_rkey = no_field_32;
        reth_dma_length = no_field_32;
        if (held$q[(64'h1bb)+:(1)]) begin
            reth_va = (((d_ext_a) & 64'hffffffffffffffff) << 32'h30) | ((d_ext_b[(32'h10)+:(48)]) & 64'hffffffffffffffff);
            reth_rkey = (((d_ext_b[(32'h0)+:(16)]) & 32'hffffffff) << 32'h10) | ((d_ext_c[(32'h30)+:(16)]) & 32'hffffffff);
            reth_dma_length = d_ext_c[(32'h10)+:(32)];
        end
        has_aeth = held$q[(64'h1bc)+:(1)];
        aeth_syndrome = no_field_8;
        aeth_msn = no_field_24;
        if (held$q[(64'h1bc)+:(1)]) begin
            aeth_syndrome = ext_word[(32'h18)+:(8)];
            aeth_msn = ext_word[(32'h0)+:(24)];
        end
        has_immdt = held$q[(64'h1bd)+:(1)];
        immdt = no_field_32;
        if (held$q[(64'h1bd)+:(1)]) begin
            immdt = ext_word;
            if (held$q[(64'h1bb)+:(1)]) begin
                immdt = (((d_ext_c[(32'h0)+:(16)]) & 32'hffffffff) << 32'h10) | ((d_ext_d) & 32'hffffffff);
            end
            if (held$q[(64'h1bf)+:(1)]) begin
                immdt = (((d_ext_b[(32'h0)+:(16)]) & 32'hffffffff) << 32'h10) | ((d_ext_c[(32'h30)+:(16)]) & 32'hffffffff);
            end
        end
        has_ieth = held$q[(64'h1be)+:(1)];
        ieth_rkey = no_field_32;
        if (held$q[(64'h1be)+:(1)]) begin
            ieth_rkey = ext_word;
        end
        has_deth = held$q[(64'h1bf)+:(1)];
        deth_qkey = no_field_32;
        deth_src_qp = no_field_24;
        if (held$q[(64'h1bf)+:(1)]) begin
            deth_qkey = ext_word;
            deth_src_qp = d_ext_b[(32'h10)+:(24)];
        end
        payload_length = held$q[(64'h1c0)+:(16)];
        has_payload = held$q[(64'h1d0)+:(1)];
        if (reset) begin
            load$d = 1'b0;
            held_valid$d = 1'b0;
        end
    end
    
endmodule // alchitry_cu_core$self_test$parser$descriptor


module alchitry_cu_core$self_test$parser$descriptor$held(d,q,clock);
    
    // Module arguments
    input wire  [464:0] d;
    output reg  [464:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 465'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$descriptor$held


module alchitry_cu_core$self_test$parser$descriptor$held_valid(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$descriptor$held_valid


module alchitry_cu_core$self_test$parser$descriptor$load(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$descriptor$load


module alchitry_cu_core$self_test$parser$descriptor$staged_has_payload(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$descriptor$staged_has_payload


module alchitry_cu_core$self_test$parser$descriptor$staged_payload_length(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$descriptor$staged_payload_length


module alchitry_cu_core$self_test$parser$descriptor_busy(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$descriptor_busy


module alchitry_cu_core$self_test$parser$end_beat(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$end_beat


module alchitry_cu_core$self_test$parser$end_below_minimum(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$end_below_minimum


module alchitry_cu_core$self_test$parser$end_lanes(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$end_lanes


module alchitry_cu_core$self_test$parser$flags(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$flags


module alchitry_cu_core$self_test$parser$header(d,q,clock);
    
    // Module arguments
    input wire  [464:0] d;
    output reg  [464:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 465'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$header


module alchitry_cu_core$self_test$parser$header_done(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$header_done


module alchitry_cu_core$self_test$parser$header_end_beat(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$header_end_beat


module alchitry_cu_core$self_test$parser$header_end_next(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$header_end_next


module alchitry_cu_core$self_test$parser$icrc(clock,reset,beat,beat_taken,beat_last,beat_0,beat_1,beat_2,beat_3,beat_5,result_valid,result_ok);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] beat;
    input wire  beat_taken;
    input wire  beat_last;
    input wire  beat_0;
    input wire  beat_1;
    input wire  beat_2;
    input wire  beat_3;
    input wire  beat_5;
    output reg  result_valid;
    output reg  result_ok;
    
    // Constant declarations
    localparam  mask_beat2 = 64'hff000000000000;
    localparam  mask_beat3 = 64'hffff;
    localparam  mask_beat5 = 64'hff00000000ffff;
    localparam  beat1_image = 64'hff45ffffffffffff;
    localparam  six_bytes = 3'b110;
    localparam  no_shift = 3'b0;
    localparam  word_bits = 7'b1000000;
    
    // Stub signals
    reg  icrc$clock;
    reg  icrc$reset;
    reg  [63:0] icrc$word;
    reg  icrc$word_valid;
    reg  icrc$word_first;
    reg  icrc$word_last;
    reg  [31:0] icrc$init;
    wire  icrc$result_valid;
    wire  icrc$result_ok;
    wire  [31:0] icrc$result_crc;
    reg  [2:0] inits$address;
    wire  [31:0] inits$data;
    reg  [2:0] shift$d;
    wire  [2:0] shift$q;
    reg  shift$clock;
    reg  [63:0] previous$d;
    wire  [63:0] previous$q;
    reg  previous$clock;
    reg  [63:0] current$d;
    wire  [63:0] current$q;
    reg  current$clock;
    reg  word_valid$d;
    wire  word_valid$q;
    reg  word_valid$clock;
    reg  word_first$d;
    wire  word_first$q;
    reg  word_first$clock;
    reg  word_last$d;
    wire  word_last$q;
    reg  word_last$clock;
    
    // Local signals
    reg  [6:0] shift_bits;
    
    // Sub module instances
    alchitry_cu_core$self_test$parser$icrc$icrc icrc(
        .clock(icrc$clock),
        .reset(icrc$reset),
        .word(icrc$word),
        .word_valid(icrc$word_valid),
        .word_first(icrc$word_first),
        .word_last(icrc$word_last),
        .init(icrc$init),
        .result_valid(icrc$result_valid),
        .result_ok(icrc$result_ok),
        .result_crc(icrc$result_crc)
    );
    alchitry_cu_core$self_test$parser$icrc$inits inits(
        .address(inits$address),
        .data(inits$data)
    );
    alchitry_cu_core$self_test$parser$icrc$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    alchitry_cu_core$self_test$parser$icrc$previous previous(
        .d(previous$d),
        .q(previous$q),
        .clock(previous$clock)
    );
    alchitry_cu_core$self_test$parser$icrc$current current(
        .d(current$d),
        .q(current$q),
        .clock(current$clock)
    );
    alchitry_cu_core$self_test$parser$icrc$word_valid word_valid(
        .d(word_valid$d),
        .q(word_valid$q),
        .clock(word_valid$clock)
    );
    alchitry_cu_core$self_test$parser$icrc$word_first word_first(
        .d(word_first$d),
        .q(word_first$q),
        .clock(word_first$clock)
    );
    alchitry_cu_core$self_test$parser$icrc$word_last word_last(
        .d(word_last$d),
        .q(word_last$q),
        .clock(word_last$clock)
    );
    
    // Update code
    always @(*) begin
        shift$clock = clock;
        previous$clock = clock;
        current$clock = clock;
        word_valid$clock = clock;
        word_first$clock = clock;
        word_last$clock = clock;
        shift$d = shift$q;
        previous$d = previous$q;
        current$d = current$q;
        word_valid$d = word_valid$q;
        word_first$d = word_first$q;
        word_last$d = word_last$q;
        icrc$clock = clock;
        icrc$reset = reset;
        if (beat_taken) begin
            previous$d = current$q;
            current$d = beat;
            if (beat_1) begin
                current$d = beat1_image;
            end
            if (beat_2) begin
                current$d = beat | mask_beat2;
                shift$d = beat[(32'h8)+:(3)] + six_bytes;
            end
            if (beat_3) begin
                current$d = beat | mask_beat3;
            end
            if (beat_5) begin
                current$d = beat | mask_beat5;
            end
        end
        word_valid$d = beat_taken & ~beat_0 & ~beat_1;
        word_first$d = beat_2;
        word_last$d = beat_last;
        shift_bits = ((shift$q) & 7'h7f) << 32'h3;
        icrc$word = current$q;
        if (shift$q != no_shift) begin
            icrc$word = (previous$q >> shift_bits) | (current$q << (word_bits - shift_bits));
        end
        icrc$word_valid = word_valid$q;
        icrc$word_first = word_first$q;
        icrc$word_last = word_last$q;
        inits$address = shift$q;
        icrc$init = inits$data;
        result_valid = icrc$result_valid;
        result_ok = icrc$result_ok;
        if (reset) begin
            word_valid$d = 1'b0;
        end
    end
    
endmodule // alchitry_cu_core$self_test$parser$icrc


module alchitry_cu_core$self_test$parser$icrc$current(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$icrc$current


module alchitry_cu_core$self_test$parser$icrc$icrc(clock,reset,word,word_valid,word_first,word_last,init,result_valid,result_ok,result_crc);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] word;
    input wire  word_valid;
    input wire  word_first;
    input wire  word_last;
    input wire  [31:0] init;
    output reg  result_valid;
    output reg  result_ok;
    output reg  [31:0] result_crc;
    
    // Constant declarations
    localparam  residue = 32'hdebb20e3;
    
    // Stub signals
    reg  [63:0] word_term$data_in;
    wire  [31:0] word_term$data_out;
    reg  [31:0] register_term$data_in;
    wire  [31:0] register_term$data_out;
    reg  [63:0] word_q$d;
    wire  [63:0] word_q$q;
    reg  word_q$clock;
    reg  valid_q$d;
    wire  valid_q$q;
    reg  valid_q$clock;
    reg  first_q$d;
    wire  first_q$q;
    reg  first_q$clock;
    reg  last_q$d;
    wire  last_q$q;
    reg  last_q$clock;
    reg  [31:0] init_q$d;
    wire  [31:0] init_q$q;
    reg  init_q$clock;
    reg  [31:0] term_q$d;
    wire  [31:0] term_q$q;
    reg  term_q$clock;
    reg  term_valid_q$d;
    wire  term_valid_q$q;
    reg  term_valid_q$clock;
    reg  term_last_q$d;
    wire  term_last_q$q;
    reg  term_last_q$clock;
    reg  [31:0] register$d;
    wire  [31:0] register$q;
    reg  register$clock;
    reg  check_q$d;
    wire  check_q$q;
    reg  check_q$clock;
    reg  result_valid_q$d;
    wire  result_valid_q$q;
    reg  result_valid_q$clock;
    reg  result_ok_q$d;
    wire  result_ok_q$q;
    reg  result_ok_q$clock;
    reg  [31:0] result_crc_q$d;
    wire  [31:0] result_crc_q$q;
    reg  result_crc_q$clock;
    
    // Sub module instances
    alchitry_cu_core$self_test$parser$icrc$icrc$word_term word_term(
        .data_in(word_term$data_in),
        .data_out(word_term$data_out)
    );
    alchitry_cu_core$self_test$parser$icrc$icrc$register_term register_term(
        .data_in(register_term$data_in),
        .data_out(register_term$data_out)
    );
    alchitry_cu_core$self_test$parser$icrc$icrc$word_q word_q(
        .d(word_q$d),
        .q(word_q$q),
        .clock(word_q$clock)
    );
    alchitry_cu_core$self_test$parser$icrc$icrc$valid_q valid_q(
        .d(valid_q$d),
        .q(valid_q$q),
        .clock(valid_q$clock)
    );
    alchitry_cu_core$self_test$parser$icrc$icrc$first_q first_q(
        .d(first_q$d),
        .q(first_q$q),
        .clock(first_q$clock)
    );
    alchitry_cu_core$self_test$parser$icrc$icrc$last_q last_q(
        .d(last_q$d),
        .q(last_q$q),
        .clock(last_q$clock)
    );
    alchitry_cu_core$self_test$parser$icrc$icrc$init_q init_q(
        .d(init_q$d),
        .q(init_q$q),
        .clock(init_q$clock)
    );
    alchitry_cu_core$self_test$parser$icrc$icrc$term_q term_q(
        .d(term_q$d),
        .q(term_q$q),
        .clock(term_q$clock)
    );
    alchitry_cu_core$self_test$parser$icrc$icrc$term_valid_q term_valid_q(
        .d(term_valid_q$d),
        .q(term_valid_q$q),
        .clock(term_valid_q$clock)
    );
    alchitry_cu_core$self_test$parser$icrc$icrc$term_last_q term_last_q(
        .d(term_last_q$d),
        .q(term_last_q$q),
        .clock(term_last_q$clock)
    );
    alchitry_cu_core$self_test$parser$icrc$icrc$register register(
        .d(register$d),
        .q(register$q),
        .clock(register$clock)
    );
    alchitry_cu_core$self_test$parser$icrc$icrc$check_q check_q(
        .d(check_q$d),
        .q(check_q$q),
        .clock(check_q$clock)
    );
    alchitry_cu_core$self_test$parser$icrc$icrc$result_valid_q result_valid_q(
        .d(result_valid_q$d),
        .q(result_valid_q$q),
        .clock(result_valid_q$clock)
    );
    alchitry_cu_core$self_test$parser$icrc$icrc$result_ok_q result_ok_q(
        .d(result_ok_q$d),
        .q(result_ok_q$q),
        .clock(result_ok_q$clock)
    );
    alchitry_cu_core$self_test$parser$icrc$icrc$result_crc_q result_crc_q(
        .d(result_crc_q$d),
        .q(result_crc_q$q),
        .clock(result_crc_q$clock)
    );
    
    // Update code
    always @(*) begin
        word_q$clock = clock;
        valid_q$clock = clock;
        first_q$clock = clock;
        last_q$clock = clock;
        init_q$clock = clock;
        term_q$clock = clock;
        term_valid_q$clock = clock;
        term_last_q$clock = clock;
        register$clock = clock;
        check_q$clock = clock;
        result_valid_q$clock = clock;
        result_ok_q$clock = clock;
        result_crc_q$clock = clock;
        word_q$d = word_q$q;
        valid_q$d = valid_q$q;
        first_q$d = first_q$q;
        last_q$d = last_q$q;
        init_q$d = init_q$q;
        term_q$d = term_q$q;
        term_valid_q$d = term_valid_q$q;
        term_last_q$d = term_last_q$q;
        register$d = register$q;
        check_q$d = check_q$q;
        result_valid_q$d = result_valid_q$q;
        result_ok_q$d = result_ok_q$q;
        result_crc_q$d = result_crc_q$q;
        word_q$d = word;
        valid_q$d = word_valid;
        first_q$d = word_valid & word_first;
        last_q$d = word_valid & word_last;
        init_q$d = init;
        word_term$data_in = word_q$q;
        term_q$d = word_term$data_out;
        term_valid_q$d = valid_q$q;
        term_last_q$d = last_q$q;
        register_term$data_in = register$q;
        if (term_valid_q$q) begin
            register$d = register_term$data_out ^ term_q$q;
        end
        else if (first_q$q) begin
            register$d = init_q$q;
        end
        check_q$d = term_valid_q$q & term_last_q$q;
        result_valid_q$d = check_q$q;
        result_ok_q$d = register$q == residue;
        result_valid = result_valid_q$q;
        result_crc_q$d = ~register$q;
        result_ok = result_ok_q$q;
        result_crc = result_crc_q$q;
        if (reset) begin
            valid_q$d = 1'b0;
            first_q$d = 1'b0;
            last_q$d = 1'b0;
            term_valid_q$d = 1'b0;
            term_last_q$d = 1'b0;
            check_q$d = 1'b0;
            result_valid_q$d = 1'b0;
        end
    end
    
endmodule // alchitry_cu_core$self_test$parser$icrc$icrc


module alchitry_cu_core$self_test$parser$icrc$icrc$check_q(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$icrc$icrc$check_q


module alchitry_cu_core$self_test$parser$icrc$icrc$first_q(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$icrc$icrc$first_q


module alchitry_cu_core$self_test$parser$icrc$icrc$init_q(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$icrc$icrc$init_q


module alchitry_cu_core$self_test$parser$icrc$icrc$last_q(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$icrc$icrc$last_q


module alchitry_cu_core$self_test$parser$icrc$icrc$register(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$icrc$icrc$register


module alchitry_cu_core$self_test$parser$icrc$icrc$register_term(data_in,data_out);
    
    // Module arguments
    input wire  [31:0] data_in;
    output reg  [31:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[27] ^ data_in[30];
        data_out[1] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[15] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[28] ^ data_in[31];
        data_out[2] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[29];
        data_out[3] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[30];
        data_out[4] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[31];
        data_out[5] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[25];
        data_out[6] = data_in[1] ^ data_in[2] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30];
        data_out[7] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[23] ^ data_in[24] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31];
        data_out[8] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29];
        data_out[9] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[29];
        data_out[10] = data_in[1] ^ data_in[2] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[21] ^ data_in[23] ^ data_in[26] ^ data_in[28] ^ data_in[29];
        data_out[11] = data_in[2] ^ data_in[3] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[22] ^ data_in[24] ^ data_in[27] ^ data_in[29] ^ data_in[30];
        data_out[12] = data_in[3] ^ data_in[4] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[23] ^ data_in[25] ^ data_in[28] ^ data_in[30] ^ data_in[31];
        data_out[13] = data_in[4] ^ data_in[5] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[17] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31];
        data_out[14] = data_in[5] ^ data_in[6] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[25] ^ data_in[27] ^ data_in[30];
        data_out[15] = data_in[6] ^ data_in[7] ^ data_in[12] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[26] ^ data_in[28] ^ data_in[31];
        data_out[16] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[13] ^ data_in[14] ^ data_in[18] ^ data_in[19] ^ data_in[29] ^ data_in[30];
        data_out[17] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[20] ^ data_in[30] ^ data_in[31];
        data_out[18] = data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[21] ^ data_in[31];
        data_out[19] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[22];
        data_out[20] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[27] ^ data_in[30];
        data_out[21] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[11] ^ data_in[13] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[27] ^ data_in[28] ^ data_in[30] ^ data_in[31];
        data_out[22] = data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31];
        data_out[23] = data_in[0] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31];
        data_out[24] = data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31];
        data_out[25] = data_in[1] ^ data_in[3] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[25];
        data_out[26] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[26];
        data_out[27] = data_in[0] ^ data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[30];
        data_out[28] = data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[18] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30] ^ data_in[31];
        data_out[29] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[19] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31];
        data_out[30] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30];
        data_out[31] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[26] ^ data_in[29] ^ data_in[31];
    end
endmodule // alchitry_cu_core$self_test$parser$icrc$icrc$register_term


module alchitry_cu_core$self_test$parser$icrc$icrc$result_crc_q(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$icrc$icrc$result_crc_q


module alchitry_cu_core$self_test$parser$icrc$icrc$result_ok_q(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$icrc$icrc$result_ok_q


module alchitry_cu_core$self_test$parser$icrc$icrc$result_valid_q(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$icrc$icrc$result_valid_q


module alchitry_cu_core$self_test$parser$icrc$icrc$term_last_q(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$icrc$icrc$term_last_q


module alchitry_cu_core$self_test$parser$icrc$icrc$term_q(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$icrc$icrc$term_q


module alchitry_cu_core$self_test$parser$icrc$icrc$term_valid_q(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$icrc$icrc$term_valid_q


module alchitry_cu_core$self_test$parser$icrc$icrc$valid_q(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$icrc$icrc$valid_q


module alchitry_cu_core$self_test$parser$icrc$icrc$word_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$icrc$icrc$word_q


module alchitry_cu_core$self_test$parser$icrc$icrc$word_term(data_in,data_out);
    
    // Module arguments
    input wire  [63:0] data_in;
    output reg  [31:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[33] ^ data_in[34] ^ data_in[35] ^ data_in[36] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[48] ^ data_in[52] ^ data_in[54] ^ data_in[55] ^ data_in[58];
        data_out[1] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[15] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[28] ^ data_in[31] ^ data_in[33] ^ data_in[34] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[39] ^ data_in[40] ^ data_in[41] ^ data_in[49] ^ data_in[53] ^ data_in[55] ^ data_in[56] ^ data_in[59];
        data_out[2] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[40] ^ data_in[41] ^ data_in[42] ^ data_in[50] ^ data_in[54] ^ data_in[56] ^ data_in[57] ^ data_in[60];
        data_out[3] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[30] ^ data_in[33] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[41] ^ data_in[42] ^ data_in[43] ^ data_in[51] ^ data_in[55] ^ data_in[57] ^ data_in[58] ^ data_in[61];
        data_out[4] = data_in[0] ^ data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[31] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[42] ^ data_in[43] ^ data_in[44] ^ data_in[52] ^ data_in[56] ^ data_in[58] ^ data_in[59] ^ data_in[62];
        data_out[5] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[25] ^ data_in[32] ^ data_in[35] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[41] ^ data_in[43] ^ data_in[44] ^ data_in[45] ^ data_in[53] ^ data_in[57] ^ data_in[59] ^ data_in[60] ^ data_in[63];
        data_out[6] = data_in[1] ^ data_in[2] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[34] ^ data_in[35] ^ data_in[41] ^ data_in[42] ^ data_in[44] ^ data_in[45] ^ data_in[46] ^ data_in[48] ^ data_in[52] ^ data_in[55] ^ data_in[60] ^ data_in[61];
        data_out[7] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[23] ^ data_in[24] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31] ^ data_in[33] ^ data_in[35] ^ data_in[36] ^ data_in[42] ^ data_in[43] ^ data_in[45] ^ data_in[46] ^ data_in[47] ^ data_in[49] ^ data_in[53] ^ data_in[56] ^ data_in[61] ^ data_in[62];
        data_out[8] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[43] ^ data_in[44] ^ data_in[46] ^ data_in[47] ^ data_in[48] ^ data_in[50] ^ data_in[54] ^ data_in[57] ^ data_in[62] ^ data_in[63];
        data_out[9] = data_in[1] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[11] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[39] ^ data_in[40] ^ data_in[44] ^ data_in[45] ^ data_in[47] ^ data_in[49] ^ data_in[51] ^ data_in[52] ^ data_in[54] ^ data_in[63];
        data_out[10] = data_in[1] ^ data_in[2] ^ data_in[7] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[21] ^ data_in[23] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[32] ^ data_in[34] ^ data_in[36] ^ data_in[37] ^ data_in[39] ^ data_in[41] ^ data_in[45] ^ data_in[46] ^ data_in[50] ^ data_in[53] ^ data_in[54] ^ data_in[58];
        data_out[11] = data_in[2] ^ data_in[3] ^ data_in[8] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[22] ^ data_in[24] ^ data_in[27] ^ data_in[29] ^ data_in[30] ^ data_in[33] ^ data_in[35] ^ data_in[37] ^ data_in[38] ^ data_in[40] ^ data_in[42] ^ data_in[46] ^ data_in[47] ^ data_in[51] ^ data_in[54] ^ data_in[55] ^ data_in[59];
        data_out[12] = data_in[3] ^ data_in[4] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[23] ^ data_in[25] ^ data_in[28] ^ data_in[30] ^ data_in[31] ^ data_in[34] ^ data_in[36] ^ data_in[38] ^ data_in[39] ^ data_in[41] ^ data_in[43] ^ data_in[47] ^ data_in[48] ^ data_in[52] ^ data_in[55] ^ data_in[56] ^ data_in[60];
        data_out[13] = data_in[4] ^ data_in[5] ^ data_in[10] ^ data_in[13] ^ data_in[14] ^ data_in[15] ^ data_in[17] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31] ^ data_in[32] ^ data_in[35] ^ data_in[37] ^ data_in[39] ^ data_in[40] ^ data_in[42] ^ data_in[44] ^ data_in[48] ^ data_in[49] ^ data_in[53] ^ data_in[56] ^ data_in[57] ^ data_in[61];
        data_out[14] = data_in[5] ^ data_in[6] ^ data_in[11] ^ data_in[14] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[25] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[33] ^ data_in[36] ^ data_in[38] ^ data_in[40] ^ data_in[41] ^ data_in[43] ^ data_in[45] ^ data_in[49] ^ data_in[50] ^ data_in[54] ^ data_in[57] ^ data_in[58] ^ data_in[62];
        data_out[15] = data_in[6] ^ data_in[7] ^ data_in[12] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[26] ^ data_in[28] ^ data_in[31] ^ data_in[33] ^ data_in[34] ^ data_in[37] ^ data_in[39] ^ data_in[41] ^ data_in[42] ^ data_in[44] ^ data_in[46] ^ data_in[50] ^ data_in[51] ^ data_in[55] ^ data_in[58] ^ data_in[59] ^ data_in[63];
        data_out[16] = data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[13] ^ data_in[14] ^ data_in[18] ^ data_in[19] ^ data_in[29] ^ data_in[30] ^ data_in[33] ^ data_in[36] ^ data_in[39] ^ data_in[42] ^ data_in[43] ^ data_in[45] ^ data_in[47] ^ data_in[48] ^ data_in[51] ^ data_in[54] ^ data_in[55] ^ data_in[56] ^ data_in[58] ^ data_in[59] ^ data_in[60];
        data_out[17] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[14] ^ data_in[15] ^ data_in[19] ^ data_in[20] ^ data_in[30] ^ data_in[31] ^ data_in[34] ^ data_in[37] ^ data_in[40] ^ data_in[43] ^ data_in[44] ^ data_in[46] ^ data_in[48] ^ data_in[49] ^ data_in[52] ^ data_in[55] ^ data_in[56] ^ data_in[57] ^ data_in[59] ^ data_in[60] ^ data_in[61];
        data_out[18] = data_in[1] ^ data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[20] ^ data_in[21] ^ data_in[31] ^ data_in[32] ^ data_in[35] ^ data_in[38] ^ data_in[41] ^ data_in[44] ^ data_in[45] ^ data_in[47] ^ data_in[49] ^ data_in[50] ^ data_in[53] ^ data_in[56] ^ data_in[57] ^ data_in[58] ^ data_in[60] ^ data_in[61] ^ data_in[62];
        data_out[19] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[21] ^ data_in[22] ^ data_in[32] ^ data_in[33] ^ data_in[36] ^ data_in[39] ^ data_in[42] ^ data_in[45] ^ data_in[46] ^ data_in[48] ^ data_in[50] ^ data_in[51] ^ data_in[54] ^ data_in[57] ^ data_in[58] ^ data_in[59] ^ data_in[61] ^ data_in[62] ^ data_in[63];
        data_out[20] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[12] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[23] ^ data_in[27] ^ data_in[30] ^ data_in[32] ^ data_in[35] ^ data_in[36] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[43] ^ data_in[46] ^ data_in[47] ^ data_in[48] ^ data_in[49] ^ data_in[51] ^ data_in[54] ^ data_in[59] ^ data_in[60] ^ data_in[62] ^ data_in[63];
        data_out[21] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[8] ^ data_in[11] ^ data_in[13] ^ data_in[21] ^ data_in[23] ^ data_in[24] ^ data_in[27] ^ data_in[28] ^ data_in[30] ^ data_in[31] ^ data_in[32] ^ data_in[34] ^ data_in[35] ^ data_in[37] ^ data_in[44] ^ data_in[47] ^ data_in[49] ^ data_in[50] ^ data_in[54] ^ data_in[58] ^ data_in[60] ^ data_in[61] ^ data_in[63];
        data_out[22] = data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[20] ^ data_in[22] ^ data_in[24] ^ data_in[25] ^ data_in[27] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31] ^ data_in[34] ^ data_in[39] ^ data_in[40] ^ data_in[45] ^ data_in[50] ^ data_in[51] ^ data_in[52] ^ data_in[54] ^ data_in[58] ^ data_in[59] ^ data_in[61] ^ data_in[62];
        data_out[23] = data_in[0] ^ data_in[3] ^ data_in[4] ^ data_in[6] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[23] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[31] ^ data_in[32] ^ data_in[35] ^ data_in[40] ^ data_in[41] ^ data_in[46] ^ data_in[51] ^ data_in[52] ^ data_in[53] ^ data_in[55] ^ data_in[59] ^ data_in[60] ^ data_in[62] ^ data_in[63];
        data_out[24] = data_in[3] ^ data_in[5] ^ data_in[6] ^ data_in[7] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[24] ^ data_in[26] ^ data_in[29] ^ data_in[31] ^ data_in[34] ^ data_in[35] ^ data_in[38] ^ data_in[39] ^ data_in[40] ^ data_in[41] ^ data_in[42] ^ data_in[47] ^ data_in[48] ^ data_in[53] ^ data_in[55] ^ data_in[56] ^ data_in[58] ^ data_in[60] ^ data_in[61] ^ data_in[63];
        data_out[25] = data_in[1] ^ data_in[3] ^ data_in[7] ^ data_in[8] ^ data_in[9] ^ data_in[11] ^ data_in[12] ^ data_in[13] ^ data_in[16] ^ data_in[18] ^ data_in[20] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[25] ^ data_in[33] ^ data_in[34] ^ data_in[38] ^ data_in[41] ^ data_in[42] ^ data_in[43] ^ data_in[49] ^ data_in[52] ^ data_in[55] ^ data_in[56] ^ data_in[57] ^ data_in[58] ^ data_in[59] ^ data_in[61] ^ data_in[62];
        data_out[26] = data_in[0] ^ data_in[2] ^ data_in[4] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[17] ^ data_in[19] ^ data_in[21] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[26] ^ data_in[34] ^ data_in[35] ^ data_in[39] ^ data_in[42] ^ data_in[43] ^ data_in[44] ^ data_in[50] ^ data_in[53] ^ data_in[56] ^ data_in[57] ^ data_in[58] ^ data_in[59] ^ data_in[60] ^ data_in[62] ^ data_in[63];
        data_out[27] = data_in[0] ^ data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[17] ^ data_in[18] ^ data_in[19] ^ data_in[22] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[30] ^ data_in[32] ^ data_in[33] ^ data_in[34] ^ data_in[38] ^ data_in[39] ^ data_in[43] ^ data_in[44] ^ data_in[45] ^ data_in[48] ^ data_in[51] ^ data_in[52] ^ data_in[55] ^ data_in[57] ^ data_in[59] ^ data_in[60] ^ data_in[61] ^ data_in[63];
        data_out[28] = data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[9] ^ data_in[10] ^ data_in[11] ^ data_in[18] ^ data_in[23] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[30] ^ data_in[31] ^ data_in[32] ^ data_in[36] ^ data_in[38] ^ data_in[44] ^ data_in[45] ^ data_in[46] ^ data_in[48] ^ data_in[49] ^ data_in[53] ^ data_in[54] ^ data_in[55] ^ data_in[56] ^ data_in[60] ^ data_in[61] ^ data_in[62];
        data_out[29] = data_in[4] ^ data_in[5] ^ data_in[6] ^ data_in[8] ^ data_in[10] ^ data_in[11] ^ data_in[12] ^ data_in[19] ^ data_in[24] ^ data_in[25] ^ data_in[26] ^ data_in[27] ^ data_in[28] ^ data_in[31] ^ data_in[32] ^ data_in[33] ^ data_in[37] ^ data_in[39] ^ data_in[45] ^ data_in[46] ^ data_in[47] ^ data_in[49] ^ data_in[50] ^ data_in[54] ^ data_in[55] ^ data_in[56] ^ data_in[57] ^ data_in[61] ^ data_in[62] ^ data_in[63];
        data_out[30] = data_in[0] ^ data_in[1] ^ data_in[3] ^ data_in[4] ^ data_in[5] ^ data_in[7] ^ data_in[10] ^ data_in[12] ^ data_in[13] ^ data_in[14] ^ data_in[16] ^ data_in[17] ^ data_in[19] ^ data_in[25] ^ data_in[26] ^ data_in[28] ^ data_in[29] ^ data_in[30] ^ data_in[35] ^ data_in[36] ^ data_in[39] ^ data_in[46] ^ data_in[47] ^ data_in[50] ^ data_in[51] ^ data_in[52] ^ data_in[54] ^ data_in[56] ^ data_in[57] ^ data_in[62] ^ data_in[63];
        data_out[31] = data_in[0] ^ data_in[2] ^ data_in[3] ^ data_in[5] ^ data_in[8] ^ data_in[9] ^ data_in[10] ^ data_in[13] ^ data_in[15] ^ data_in[16] ^ data_in[18] ^ data_in[19] ^ data_in[26] ^ data_in[29] ^ data_in[31] ^ data_in[32] ^ data_in[33] ^ data_in[34] ^ data_in[35] ^ data_in[37] ^ data_in[38] ^ data_in[39] ^ data_in[47] ^ data_in[51] ^ data_in[53] ^ data_in[54] ^ data_in[57] ^ data_in[63];
    end
endmodule // alchitry_cu_core$self_test$parser$icrc$icrc$word_term


module alchitry_cu_core$self_test$parser$icrc$inits(address,data);
    
    // Module arguments
    input wire  [2:0] address;
    output reg  [31:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        3'b0: data = 32'hee310a91;
      3'b1: data = 32'hff;
      3'b10: data = 32'h0;
      3'b11: data = 32'h2d02ef8d;
      3'b100: data = 32'hbe2612ff;
      3'b101: data = 32'hbe2612;
      3'b110: data = 32'hdebb20e3;
      3'b111: data = 32'h3f6bbdfd;
      default: data = 32'h0;
    endcase
            
endmodule // alchitry_cu_core$self_test$parser$icrc$inits


module alchitry_cu_core$self_test$parser$icrc$previous(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$icrc$previous


module alchitry_cu_core$self_test$parser$icrc$shift(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$icrc$shift


module alchitry_cu_core$self_test$parser$icrc$word_first(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$icrc$word_first


module alchitry_cu_core$self_test$parser$icrc$word_last(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$icrc$word_last


module alchitry_cu_core$self_test$parser$icrc$word_valid(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$icrc$word_valid


module alchitry_cu_core$self_test$parser$input_slice(clock,reset,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [94:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [94:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [94:0] main_data$d;
    wire  [94:0] main_data$q;
    reg  main_data$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [94:0] skid_data$d;
    wire  [94:0] skid_data$q;
    reg  skid_data$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    
    // Sub module instances
    alchitry_cu_core$self_test$parser$input_slice$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    alchitry_cu_core$self_test$parser$input_slice$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    alchitry_cu_core$self_test$parser$input_slice$skid_data skid_data(
        .d(skid_data$d),
        .q(skid_data$q),
        .clock(skid_data$clock)
    );
    alchitry_cu_core$self_test$parser$input_slice$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    
    // Update code
    always @(*) begin
        main_data$clock = clock;
        main_valid$clock = clock;
        skid_data$clock = clock;
        skid_valid$clock = clock;
        main_data$d = main_data$q;
        main_valid$d = main_valid$q;
        skid_data$d = skid_data$q;
        skid_valid$d = skid_valid$q;
        in_ready = ~skid_valid$q;
        out_data = main_data$q;
        out_valid = main_valid$q;
        if (out_ready | ~main_valid$q) begin
            if (skid_valid$q) begin
                main_data$d = skid_data$q;
                main_valid$d = 1'b1;
                skid_valid$d = 1'b0;
            end
            else begin
                main_data$d = in_data;
                main_valid$d = in_valid;
            end
        end
        else if (~skid_valid$q) begin
            skid_data$d = in_data;
            skid_valid$d = in_valid;
        end
        if (reset) begin
            main_valid$d = 1'b0;
            skid_valid$d = 1'b0;
        end
    end
    
endmodule // alchitry_cu_core$self_test$parser$input_slice


module alchitry_cu_core$self_test$parser$input_slice$main_data(d,q,clock);
    
    // Module arguments
    input wire  [94:0] d;
    output reg  [94:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 95'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$input_slice$main_data


module alchitry_cu_core$self_test$parser$input_slice$main_valid(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$input_slice$main_valid


module alchitry_cu_core$self_test$parser$input_slice$skid_data(d,q,clock);
    
    // Module arguments
    input wire  [94:0] d;
    output reg  [94:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 95'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$input_slice$skid_data


module alchitry_cu_core$self_test$parser$input_slice$skid_valid(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$input_slice$skid_valid


module alchitry_cu_core$self_test$parser$ip_length(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$ip_length


module alchitry_cu_core$self_test$parser$keep_bytes(data_in,data_out);
    
    // Module arguments
    input wire  [7:0] data_in;
    output reg  [63:0] data_out;
    
    // Update code (custom)
    always @(*) begin
        data_out[0] = data_in[0];
        data_out[1] = data_in[0];
        data_out[2] = data_in[0];
        data_out[3] = data_in[0];
        data_out[4] = data_in[0];
        data_out[5] = data_in[0];
        data_out[6] = data_in[0];
        data_out[7] = data_in[0];
        data_out[8] = data_in[1];
        data_out[9] = data_in[1];
        data_out[10] = data_in[1];
        data_out[11] = data_in[1];
        data_out[12] = data_in[1];
        data_out[13] = data_in[1];
        data_out[14] = data_in[1];
        data_out[15] = data_in[1];
        data_out[16] = data_in[2];
        data_out[17] = data_in[2];
        data_out[18] = data_in[2];
        data_out[19] = data_in[2];
        data_out[20] = data_in[2];
        data_out[21] = data_in[2];
        data_out[22] = data_in[2];
        data_out[23] = data_in[2];
        data_out[24] = data_in[3];
        data_out[25] = data_in[3];
        data_out[26] = data_in[3];
        data_out[27] = data_in[3];
        data_out[28] = data_in[3];
        data_out[29] = data_in[3];
        data_out[30] = data_in[3];
        data_out[31] = data_in[3];
        data_out[32] = data_in[4];
        data_out[33] = data_in[4];
        data_out[34] = data_in[4];
        data_out[35] = data_in[4];
        data_out[36] = data_in[4];
        data_out[37] = data_in[4];
        data_out[38] = data_in[4];
        data_out[39] = data_in[4];
        data_out[40] = data_in[5];
        data_out[41] = data_in[5];
        data_out[42] = data_in[5];
        data_out[43] = data_in[5];
        data_out[44] = data_in[5];
        data_out[45] = data_in[5];
        data_out[46] = data_in[5];
        data_out[47] = data_in[5];
        data_out[48] = data_in[6];
        data_out[49] = data_in[6];
        data_out[50] = data_in[6];
        data_out[51] = data_in[6];
        data_out[52] = data_in[6];
        data_out[53] = data_in[6];
        data_out[54] = data_in[6];
        data_out[55] = data_in[6];
        data_out[56] = data_in[7];
        data_out[57] = data_in[7];
        data_out[58] = data_in[7];
        data_out[59] = data_in[7];
        data_out[60] = data_in[7];
        data_out[61] = data_in[7];
        data_out[62] = data_in[7];
        data_out[63] = data_in[7];
    end
endmodule // alchitry_cu_core$self_test$parser$keep_bytes


module alchitry_cu_core$self_test$parser$keep_lanes(address,data);
    
    // Module arguments
    input wire  [7:0] address;
    output reg  [3:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        8'h0: data = 4'h0;
      8'h1: data = 4'h1;
      8'h2: data = 4'h2;
      8'h3: data = 4'h2;
      8'h4: data = 4'h3;
      8'h5: data = 4'h3;
      8'h6: data = 4'h3;
      8'h7: data = 4'h3;
      8'h8: data = 4'h4;
      8'h9: data = 4'h4;
      8'ha: data = 4'h4;
      8'hb: data = 4'h4;
      8'hc: data = 4'h4;
      8'hd: data = 4'h4;
      8'he: data = 4'h4;
      8'hf: data = 4'h4;
      8'h10: data = 4'h5;
      8'h11: data = 4'h5;
      8'h12: data = 4'h5;
      8'h13: data = 4'h5;
      8'h14: data = 4'h5;
      8'h15: data = 4'h5;
      8'h16: data = 4'h5;
      8'h17: data = 4'h5;
      8'h18: data = 4'h5;
      8'h19: data = 4'h5;
      8'h1a: data = 4'h5;
      8'h1b: data = 4'h5;
      8'h1c: data = 4'h5;
      8'h1d: data = 4'h5;
      8'h1e: data = 4'h5;
      8'h1f: data = 4'h5;
      8'h20: data = 4'h6;
      8'h21: data = 4'h6;
      8'h22: data = 4'h6;
      8'h23: data = 4'h6;
      8'h24: data = 4'h6;
      8'h25: data = 4'h6;
      8'h26: data = 4'h6;
      8'h27: data = 4'h6;
      8'h28: data = 4'h6;
      8'h29: data = 4'h6;
      8'h2a: data = 4'h6;
      8'h2b: data = 4'h6;
      8'h2c: data = 4'h6;
      8'h2d: data = 4'h6;
      8'h2e: data = 4'h6;
      8'h2f: data = 4'h6;
      8'h30: data = 4'h6;
      8'h31: data = 4'h6;
      8'h32: data = 4'h6;
      8'h33: data = 4'h6;
      8'h34: data = 4'h6;
      8'h35: data = 4'h6;
      8'h36: data = 4'h6;
      8'h37: data = 4'h6;
      8'h38: data = 4'h6;
      8'h39: data = 4'h6;
      8'h3a: data = 4'h6;
      8'h3b: data = 4'h6;
      8'h3c: data = 4'h6;
      8'h3d: data = 4'h6;
      8'h3e: data = 4'h6;
      8'h3f: data = 4'h6;
      8'h40: data = 4'h7;
      8'h41: data = 4'h7;
      8'h42: data = 4'h7;
      8'h43: data = 4'h7;
      8'h44: data = 4'h7;
      8'h45: data = 4'h7;
      8'h46: data = 4'h7;
      8'h47: data = 4'h7;
      8'h48: data = 4'h7;
      8'h49: data = 4'h7;
      8'h4a: data = 4'h7;
      8'h4b: data = 4'h7;
      8'h4c: data = 4'h7;
      8'h4d: data = 4'h7;
      8'h4e: data = 4'h7;
      8'h4f: data = 4'h7;
      8'h50: data = 4'h7;
      8'h51: data = 4'h7;
      8'h52: data = 4'h7;
      8'h53: data = 4'h7;
      8'h54: data = 4'h7;
      8'h55: data = 4'h7;
      8'h56: data = 4'h7;
      8'h57: data = 4'h7;
      8'h58: data = 4'h7;
      8'h59: data = 4'h7;
      8'h5a: data = 4'h7;
      8'h5b: data = 4'h7;
      8'h5c: data = 4'h7;
      8'h5d: data = 4'h7;
      8'h5e: data = 4'h7;
      8'h5f: data = 4'h7;
      8'h60: data = 4'h7;
      8'h61: data = 4'h7;
      8'h62: data = 4'h7;
      8'h63: data = 4'h7;
      8'h64: data = 4'h7;
      8'h65: data = 4'h7;
      8'h66: data = 4'h7;
      8'h67: data = 4'h7;
      8'h68: data = 4'h7;
      8'h69: data = 4'h7;
      8'h6a: data = 4'h7;
      8'h6b: data = 4'h7;
      8'h6c: data = 4'h7;
      8'h6d: data = 4'h7;
      8'h6e: data = 4'h7;
      8'h6f: data = 4'h7;
      8'h70: data = 4'h7;
      8'h71: data = 4'h7;
      8'h72: data = 4'h7;
      8'h73: data = 4'h7;
      8'h74: data = 4'h7;
      8'h75: data = 4'h7;
      8'h76: data = 4'h7;
      8'h77: data = 4'h7;
      8'h78: data = 4'h7;
      8'h79: data = 4'h7;
      8'h7a: data = 4'h7;
      8'h7b: data = 4'h7;
      8'h7c: data = 4'h7;
      8'h7d: data = 4'h7;
      8'h7e: data = 4'h7;
      8'h7f: data = 4'h7;
      8'h80: data = 4'h8;
      8'h81: data = 4'h8;
      8'h82: data = 4'h8;
      8'h83: data = 4'h8;
      8'h84: data = 4'h8;
      8'h85: data = 4'h8;
      8'h86: data = 4'h8;
      8'h87: data = 4'h8;
      8'h88: data = 4'h8;
      8'h89: data = 4'h8;
      8'h8a: data = 4'h8;
      8'h8b: data = 4'h8;
      8'h8c: data = 4'h8;
      8'h8d: data = 4'h8;
      8'h8e: data = 4'h8;
      8'h8f: data = 4'h8;
      8'h90: data = 4'h8;
      8'h91: data = 4'h8;
      8'h92: data = 4'h8;
      8'h93: data = 4'h8;
      8'h94: data = 4'h8;
      8'h95: data = 4'h8;
      8'h96: data = 4'h8;
      8'h97: data = 4'h8;
      8'h98: data = 4'h8;
      8'h99: data = 4'h8;
      8'h9a: data = 4'h8;
      8'h9b: data = 4'h8;
      8'h9c: data = 4'h8;
      8'h9d: data = 4'h8;
      8'h9e: data = 4'h8;
      8'h9f: data = 4'h8;
      8'ha0: data = 4'h8;
      8'ha1: data = 4'h8;
      8'ha2: data = 4'h8;
      8'ha3: data = 4'h8;
      8'ha4: data = 4'h8;
      8'ha5: data = 4'h8;
      8'ha6: data = 4'h8;
      8'ha7: data = 4'h8;
      8'ha8: data = 4'h8;
      8'ha9: data = 4'h8;
      8'haa: data = 4'h8;
      8'hab: data = 4'h8;
      8'hac: data = 4'h8;
      8'had: data = 4'h8;
      8'hae: data = 4'h8;
      8'haf: data = 4'h8;
      8'hb0: data = 4'h8;
      8'hb1: data = 4'h8;
      8'hb2: data = 4'h8;
      8'hb3: data = 4'h8;
      8'hb4: data = 4'h8;
      8'hb5: data = 4'h8;
      8'hb6: data = 4'h8;
      8'hb7: data = 4'h8;
      8'hb8: data = 4'h8;
      8'hb9: data = 4'h8;
      8'hba: data = 4'h8;
      8'hbb: data = 4'h8;
      8'hbc: data = 4'h8;
      8'hbd: data = 4'h8;
      8'hbe: data = 4'h8;
      8'hbf: data = 4'h8;
      8'hc0: data = 4'h8;
      8'hc1: data = 4'h8;
      8'hc2: data = 4'h8;
      8'hc3: data = 4'h8;
      8'hc4: data = 4'h8;
      8'hc5: data = 4'h8;
      8'hc6: data = 4'h8;
      8'hc7: data = 4'h8;
      8'hc8: data = 4'h8;
      8'hc9: data = 4'h8;
      8'hca: data = 4'h8;
      8'hcb: data = 4'h8;
      8'hcc: data = 4'h8;
      8'hcd: data = 4'h8;
      8'hce: data = 4'h8;
      8'hcf: data = 4'h8;
      8'hd0: data = 4'h8;
      8'hd1: data = 4'h8;
      8'hd2: data = 4'h8;
      8'hd3: data = 4'h8;
      8'hd4: data = 4'h8;
      8'hd5: data = 4'h8;
      8'hd6: data = 4'h8;
      8'hd7: data = 4'h8;
      8'hd8: data = 4'h8;
      8'hd9: data = 4'h8;
      8'hda: data = 4'h8;
      8'hdb: data = 4'h8;
      8'hdc: data = 4'h8;
      8'hdd: data = 4'h8;
      8'hde: data = 4'h8;
      8'hdf: data = 4'h8;
      8'he0: data = 4'h8;
      8'he1: data = 4'h8;
      8'he2: data = 4'h8;
      8'he3: data = 4'h8;
      8'he4: data = 4'h8;
      8'he5: data = 4'h8;
      8'he6: data = 4'h8;
      8'he7: data = 4'h8;
      8'he8: data = 4'h8;
      8'he9: data = 4'h8;
      8'hea: data = 4'h8;
      8'heb: data = 4'h8;
      8'hec: data = 4'h8;
      8'hed: data = 4'h8;
      8'hee: data = 4'h8;
      8'hef: data = 4'h8;
      8'hf0: data = 4'h8;
      8'hf1: data = 4'h8;
      8'hf2: data = 4'h8;
      8'hf3: data = 4'h8;
      8'hf4: data = 4'h8;
      8'hf5: data = 4'h8;
      8'hf6: data = 4'h8;
      8'hf7: data = 4'h8;
      8'hf8: data = 4'h8;
      8'hf9: data = 4'h8;
      8'hfa: data = 4'h8;
      8'hfb: data = 4'h8;
      8'hfc: data = 4'h8;
      8'hfd: data = 4'h8;
      8'hfe: data = 4'h8;
      8'hff: data = 4'h8;
      default: data = 4'h0;
    endcase
            
endmodule // alchitry_cu_core$self_test$parser$keep_lanes


module alchitry_cu_core$self_test$parser$last_beat_busy(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$last_beat_busy


module alchitry_cu_core$self_test$parser$opcodes(address,data);
    
    // Module arguments
    input wire  [7:0] address;
    output reg  [22:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        8'h0: data = 23'h332c03;
      8'h1: data = 23'h332c03;
      8'h2: data = 23'h332c05;
      8'h3: data = 23'h13b025;
      8'h4: data = 23'h332c07;
      8'h5: data = 23'h13b027;
      8'h6: data = 23'h343c0b;
      8'h7: data = 23'h332c03;
      8'h8: data = 23'h332c05;
      8'h9: data = 23'h13b025;
      8'ha: data = 23'h343c0f;
      8'hb: data = 23'h14c02f;
      8'hc: data = 23'h343c09;
      8'hd: data = 23'h13b013;
      8'he: data = 23'h332c03;
      8'hf: data = 23'h13b015;
      8'h10: data = 23'h13b017;
      8'h11: data = 23'h13b011;
      8'h16: data = 23'h13b045;
      8'h17: data = 23'h13b047;
      8'h64: data = 23'h33b487;
      8'h65: data = 23'h1438a7;
      8'h81: data = 23'h332c07;
      default: data = 23'h0;
    endcase
            
endmodule // alchitry_cu_core$self_test$parser$opcodes


module alchitry_cu_core$self_test$parser$pad_count(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$pad_count


module alchitry_cu_core$self_test$parser$payload(clock,reset,beat,beat_lanes,beat_last,beat_taken,last_beat_loads,headers_end_here,headers_end_now,payload_lane,payload_room,payload_starts,length_check_failed,ended_with_length_error,ready,draining,m_axis_tdata,m_axis_tkeep,m_axis_tlast,m_axis_tuser,m_axis_tvalid,m_axis_tready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] beat;
    input wire  [3:0] beat_lanes;
    input wire  beat_last;
    input wire  beat_taken;
    input wire  last_beat_loads;
    input wire  headers_end_here;
    input wire  headers_end_now;
    input wire  [3:0] payload_lane;
    input wire  [16:0] payload_room;
    input wire  payload_starts;
    input wire  length_check_failed;
    input wire  ended_with_length_error;
    output reg  ready;
    output reg  draining;
    output reg  [63:0] m_axis_tdata;
    output reg  [7:0] m_axis_tkeep;
    output reg  m_axis_tlast;
    output reg  m_axis_tuser;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    
    // Constant declarations
    localparam  ones = 8'hff;
    localparam  all_lanes = 4'h8;
    localparam  no_lanes = 4'h0;
    localparam  lane_two = 4'h2;
    localparam  no_small = 5'b0;
    localparam  eight_small = 5'b1000;
    localparam  sixteen_small = 5'b10000;
    localparam  sixteen_room = 17'b10000;
    localparam  eight_bytes = 16'h8;
    localparam  twenty_three = 5'b10111;
    
    // Stub signals
    reg  slice$clock;
    reg  slice$reset;
    reg  [73:0] slice$in_data;
    reg  slice$in_valid;
    wire  slice$in_ready;
    wire  [73:0] slice$out_data;
    wire  slice$out_valid;
    reg  slice$out_ready;
    reg  [63:0] previous$d;
    wire  [63:0] previous$q;
    reg  previous$clock;
    reg  open$d;
    wire  open$q;
    reg  open$clock;
    reg  ok$d;
    wire  ok$q;
    reg  ok$clock;
    reg  [15:0] remaining$d;
    wire  [15:0] remaining$q;
    reg  remaining$clock;
    reg  [4:0] remaining_small$d;
    wire  [4:0] remaining_small$q;
    reg  remaining_small$clock;
    reg  [7:0] middle_keep$d;
    wire  [7:0] middle_keep$q;
    reg  middle_keep$clock;
    reg  middle_last$d;
    wire  middle_last$q;
    reg  middle_last$clock;
    reg  [4:0] keep_of_room$address;
    wire  [7:0] keep_of_room$data;
    reg  [4:0] keep_after_beat$address;
    wire  [7:0] keep_after_beat$data;
    reg  drain_prepare$d;
    wire  drain_prepare$q;
    reg  drain_prepare$clock;
    reg  drain_word_pending$d;
    wire  drain_word_pending$q;
    reg  drain_word_pending$clock;
    reg  drain_tail_pending$d;
    wire  drain_tail_pending$q;
    reg  drain_tail_pending$clock;
    reg  [63:0] drain_word$d;
    wire  [63:0] drain_word$q;
    reg  drain_word$clock;
    reg  [63:0] drain_tail$d;
    wire  [63:0] drain_tail$q;
    reg  drain_tail$clock;
    reg  [3:0] drain_taken$d;
    wire  [3:0] drain_taken$q;
    reg  drain_taken$clock;
    reg  [3:0] drain_tail_lanes$d;
    wire  [3:0] drain_tail_lanes$q;
    reg  drain_tail_lanes$clock;
    reg  drain_word_last$d;
    wire  drain_word_last$q;
    reg  drain_word_last$clock;
    reg  drain_word_short$d;
    wire  drain_word_short$q;
    reg  drain_word_short$clock;
    reg  [7:0] drain_tail_keep$d;
    wire  [7:0] drain_tail_keep$q;
    reg  drain_tail_keep$clock;
    reg  drain_tail_short$d;
    wire  drain_tail_short$q;
    reg  drain_tail_short$clock;
    reg  [4:0] thermometer$address;
    wire  [7:0] thermometer$data;
    
    // Local signals
    reg  flows;
    reg  [4:0] room_small;
    reg  [15:0] remaining_after_beat;
    reg  [4:0] remaining_small_after_beat;
    reg  [63:0] word;
    reg  [63:0] tail_word;
    reg  [3:0] available;
    reg  [3:0] tail_lanes;
    reg  [3:0] last_taken;
    reg  [4:0] drain_left;
    
    // Sub module instances
    alchitry_cu_core$self_test$parser$payload$slice slice(
        .clock(slice$clock),
        .reset(slice$reset),
        .in_data(slice$in_data),
        .in_valid(slice$in_valid),
        .in_ready(slice$in_ready),
        .out_data(slice$out_data),
        .out_valid(slice$out_valid),
        .out_ready(slice$out_ready)
    );
    alchitry_cu_core$self_test$parser$payload$previous previous(
        .d(previous$d),
        .q(previous$q),
        .clock(previous$clock)
    );
    alchitry_cu_core$self_test$parser$payload$open open(
        .d(open$d),
        .q(open$q),
        .clock(open$clock)
    );
    alchitry_cu_core$self_test$parser$payload$ok ok(
        .d(ok$d),
        .q(ok$q),
        .clock(ok$clock)
    );
    alchitry_cu_core$self_test$parser$payload$remaining remaining(
        .d(remaining$d),
        .q(remaining$q),
        .clock(remaining$clock)
    );
    alchitry_cu_core$self_test$parser$payload$remaining_small remaining_small(
        .d(remaining_small$d),
        .q(remaining_small$q),
        .clock(remaining_small$clock)
    );
    alchitry_cu_core$self_test$parser$payload$middle_keep middle_keep(
        .d(middle_keep$d),
        .q(middle_keep$q),
        .clock(middle_keep$clock)
    );
    alchitry_cu_core$self_test$parser$payload$middle_last middle_last(
        .d(middle_last$d),
        .q(middle_last$q),
        .clock(middle_last$clock)
    );
    alchitry_cu_core$self_test$parser$payload$keep_of_room keep_of_room(
        .address(keep_of_room$address),
        .data(keep_of_room$data)
    );
    alchitry_cu_core$self_test$parser$payload$keep_after_beat keep_after_beat(
        .address(keep_after_beat$address),
        .data(keep_after_beat$data)
    );
    alchitry_cu_core$self_test$parser$payload$drain_prepare drain_prepare(
        .d(drain_prepare$d),
        .q(drain_prepare$q),
        .clock(drain_prepare$clock)
    );
    alchitry_cu_core$self_test$parser$payload$drain_word_pending drain_word_pending(
        .d(drain_word_pending$d),
        .q(drain_word_pending$q),
        .clock(drain_word_pending$clock)
    );
    alchitry_cu_core$self_test$parser$payload$drain_tail_pending drain_tail_pending(
        .d(drain_tail_pending$d),
        .q(drain_tail_pending$q),
        .clock(drain_tail_pending$clock)
    );
    alchitry_cu_core$self_test$parser$payload$drain_word drain_word(
        .d(drain_word$d),
        .q(drain_word$q),
        .clock(drain_word$clock)
    );
    alchitry_cu_core$self_test$parser$payload$drain_tail drain_tail(
        .d(drain_tail$d),
        .q(drain_tail$q),
        .clock(drain_tail$clock)
    );
    alchitry_cu_core$self_test$parser$payload$drain_taken drain_taken(
        .d(drain_taken$d),
        .q(drain_taken$q),
        .clock(drain_taken$clock)
    );
    alchitry_cu_core$self_test$parser$payload$drain_tail_lanes drain_tail_lanes(
        .d(drain_tail_lanes$d),
        .q(drain_tail_lanes$q),
        .clock(drain_tail_lanes$clock)
    );
    alchitry_cu_core$self_test$parser$payload$drain_word_last drain_word_last(
        .d(drain_word_last$d),
        .q(drain_word_last$q),
        .clock(drain_word_last$clock)
    );
    alchitry_cu_core$self_test$parser$payload$drain_word_short drain_word_short(
        .d(drain_word_short$d),
        .q(drain_word_short$q),
        .clock(drain_word_short$clock)
    );
    alchitry_cu_core$self_test$parser$payload$drain_tail_keep drain_tail_keep(
        .d(drain_tail_keep$d),
        .q(drain_tail_keep$q),
        .clock(drain_tail_keep$clock)
    );
    alchitry_cu_core$self_test$parser$payload$drain_tail_short drain_tail_short(
        .d(drain_tail_short$d),
        .q(drain_tail_short$q),
        .clock(drain_tail_short$clock)
    );
    alchitry_cu_core$self_test$parser$payload$thermometer thermometer(
        .address(thermometer$address),
        .data(thermometer$data)
    );
    
    // Update code
    always @(*) begin
        previous$clock = clock;
        open$clock = clock;
        ok$clock = clock;
        remaining$clock = clock;
        remaining_small$clock = clock;
        middle_keep$clock = clock;
        middle_last$clock = clock;
        drain_prepare$clock = clock;
        drain_word_pending$clock = clock;
        drain_tail_pending$clock = clock;
        drain_word$clock = clock;
        drain_tail$clock = clock;
        drain_taken$clock = clock;
        drain_tail_lanes$clock = clock;
        drain_word_last$clock = clock;
        drain_word_short$clock = clock;
        drain_tail_keep$clock = clock;
        drain_tail_short$clock = clock;
        previous$d = previous$q;
        open$d = open$q;
        ok$d = ok$q;
        remaining$d = remaining$q;
        remaining_small$d = remaining_small$q;
        middle_keep$d = middle_keep$q;
        middle_last$d = middle_last$q;
        drain_prepare$d = drain_prepare$q;
        drain_word_pending$d = drain_word_pending$q;
        drain_tail_pending$d = drain_tail_pending$q;
        drain_word$d = drain_word$q;
        drain_tail$d = drain_tail$q;
        drain_taken$d = drain_taken$q;
        drain_tail_lanes$d = drain_tail_lanes$q;
        drain_word_last$d = drain_word_last$q;
        drain_word_short$d = drain_word_short$q;
        drain_tail_keep$d = drain_tail_keep$q;
        drain_tail_short$d = drain_tail_short$q;
        slice$clock = clock;
        slice$reset = reset;
        ready = slice$in_ready;
        draining = drain_word_pending$q | drain_tail_pending$q;
        flows = ok$q & ~length_check_failed;
        if (beat_taken) begin
            previous$d = beat;
        end
        if (payload_lane == lane_two) begin
            word = (previous$q >> 32'h10) | (beat << 32'h30);
            tail_word = beat >> 32'h10;
        end
        else begin
            word = (previous$q >> 32'h30) | (beat << 32'h10);
            tail_word = beat >> 32'h30;
        end
        room_small = ((payload_room) & 5'h1f);
        if (payload_room > sixteen_room) begin
            room_small = sixteen_small;
        end
        remaining_after_beat = remaining$q - eight_bytes;
        remaining_small_after_beat = remaining$q[(32'h0)+:(5)] - eight_small;
        if (|remaining$q[(32'h5)+:(11)] | (remaining$q[(32'h0)+:(5)] > twenty_three)) begin
            remaining_small_after_beat = sixteen_small;
        end
        available = all_lanes;
        tail_lanes = no_lanes;
        if (beat_lanes < payload_lane) begin
            available = all_lanes - payload_lane + beat_lanes;
        end
        else begin
            tail_lanes = beat_lanes - payload_lane;
        end
        last_taken = available;
        if (remaining_small$q < ((available) & 5'h1f)) begin
            last_taken = ((remaining_small$q) & 4'hf);
        end
        drain_left = remaining_small$q - ((drain_taken$q) & 5'h1f);
        thermometer$address = drain_left;
        if (drain_prepare$q) begin
            drain_prepare$d = 1'b0;
            drain_word_last$d = (drain_left == no_small) | (drain_tail_lanes$q == no_lanes);
            drain_word_short$d = (drain_left != no_small) & (drain_tail_lanes$q == no_lanes);
            drain_tail_keep$d = thermometer$data & ~(ones << drain_tail_lanes$q);
            drain_tail_short$d = drain_left > ((drain_tail_lanes$q) & 5'h1f);
            if (drain_word_pending$q) begin
                drain_tail_pending$d = (drain_left != no_small) & (drain_tail_lanes$q != no_lanes);
            end
            else if (ended_with_length_error) begin
                drain_tail_pending$d = 1'b0;
            end
        end
        slice$in_valid = 1'b0;
        slice$in_data[(64'h0)+:(64)] = word;
        slice$in_data[(64'h40)+:(8)] = middle_keep$q;
        slice$in_data[(64'h48)+:(1)] = 1'b0;
        slice$in_data[(64'h49)+:(1)] = 1'b0;
        if (~drain_prepare$q & drain_word_pending$q) begin
            slice$in_data[(64'h0)+:(64)] = drain_word$q;
            slice$in_data[(64'h40)+:(8)] = ~(ones << drain_taken$q);
            slice$in_data[(64'h48)+:(1)] = drain_word_last$q;
            slice$in_data[(64'h49)+:(1)] = drain_word_short$q;
            if (slice$in_ready) begin
                slice$in_valid = 1'b1;
                drain_word_pending$d = 1'b0;
            end
        end
        else if (~drain_prepare$q & drain_tail_pending$q) begin
            slice$in_data[(64'h0)+:(64)] = drain_tail$q;
            slice$in_data[(64'h40)+:(8)] = drain_tail_keep$q;
            slice$in_data[(64'h48)+:(1)] = 1'b1;
            slice$in_data[(64'h49)+:(1)] = drain_tail_short$q;
            if (slice$in_ready) begin
                slice$in_valid = 1'b1;
                drain_tail_pending$d = 1'b0;
            end
        end
        else if (beat_taken & open$q & flows & ~beat_last) begin
            slice$in_valid = 1'b1;
            if (middle_last$q) begin
                slice$in_data[(64'h48)+:(1)] = 1'b1;
                open$d = 1'b0;
            end
            remaining$d = remaining_after_beat;
            remaining_small$d = remaining_small_after_beat;
            middle_keep$d = ones;
            middle_last$d = 1'b0;
            if (~|remaining$q[(32'h5)+:(11)]) begin
                middle_keep$d = keep_after_beat$data;
                middle_last$d = remaining$q[(32'h0)+:(5)] <= sixteen_small;
            end
        end
        if (headers_end_now) begin
            open$d = ~beat_last;
            ok$d = payload_starts;
            remaining$d = payload_room[(32'h0)+:(16)];
            remaining_small$d = room_small;
            middle_keep$d = ones;
            middle_last$d = 1'b0;
            if (~|payload_room[(32'h5)+:(12)]) begin
                middle_keep$d = keep_of_room$data;
                middle_last$d = payload_room[(32'h0)+:(5)] <= eight_small;
            end
        end
        keep_of_room$address = payload_room[(32'h0)+:(5)];
        keep_after_beat$address = remaining$q[(32'h0)+:(5)];
        if (last_beat_loads) begin
            drain_word$d = word;
            drain_tail$d = tail_word;
            drain_taken$d = last_taken;
            if (headers_end_here) begin
                drain_taken$d = no_lanes;
            end
            drain_tail_lanes$d = tail_lanes;
        end
        if (beat_taken & beat_last) begin
            open$d = 1'b0;
            drain_prepare$d = (open$q & flows) | payload_starts;
            drain_word_pending$d = open$q & flows;
            drain_tail_pending$d = payload_starts;
        end
        slice$out_ready = m_axis_tready;
        m_axis_tdata = slice$out_data[(64'h0)+:(64)];
        m_axis_tkeep = slice$out_data[(64'h40)+:(8)];
        m_axis_tlast = slice$out_data[(64'h48)+:(1)];
        m_axis_tuser = slice$out_data[(64'h49)+:(1)];
        m_axis_tvalid = slice$out_valid;
        if (reset) begin
            open$d = 1'b0;
            drain_word_pending$d = 1'b0;
            drain_tail_pending$d = 1'b0;
            drain_prepare$d = 1'b0;
        end
    end
    
endmodule // alchitry_cu_core$self_test$parser$payload


module alchitry_cu_core$self_test$parser$payload$drain_prepare(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload$drain_prepare


module alchitry_cu_core$self_test$parser$payload$drain_tail(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$payload$drain_tail


module alchitry_cu_core$self_test$parser$payload$drain_tail_keep(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload$drain_tail_keep


module alchitry_cu_core$self_test$parser$payload$drain_tail_lanes(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload$drain_tail_lanes


module alchitry_cu_core$self_test$parser$payload$drain_tail_pending(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload$drain_tail_pending


module alchitry_cu_core$self_test$parser$payload$drain_tail_short(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload$drain_tail_short


module alchitry_cu_core$self_test$parser$payload$drain_taken(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload$drain_taken


module alchitry_cu_core$self_test$parser$payload$drain_word(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$payload$drain_word


module alchitry_cu_core$self_test$parser$payload$drain_word_last(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload$drain_word_last


module alchitry_cu_core$self_test$parser$payload$drain_word_pending(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload$drain_word_pending


module alchitry_cu_core$self_test$parser$payload$drain_word_short(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload$drain_word_short


module alchitry_cu_core$self_test$parser$payload$keep_after_beat(address,data);
    
    // Module arguments
    input wire  [4:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        5'b0: data = 8'h0;
      5'b1: data = 8'h0;
      5'b10: data = 8'h0;
      5'b11: data = 8'h0;
      5'b100: data = 8'h0;
      5'b101: data = 8'h0;
      5'b110: data = 8'h0;
      5'b111: data = 8'h0;
      5'b1000: data = 8'h0;
      5'b1001: data = 8'h1;
      5'b1010: data = 8'h3;
      5'b1011: data = 8'h7;
      5'b1100: data = 8'hf;
      5'b1101: data = 8'h1f;
      5'b1110: data = 8'h3f;
      5'b1111: data = 8'h7f;
      5'b10000: data = 8'hff;
      5'b10001: data = 8'hff;
      5'b10010: data = 8'hff;
      5'b10011: data = 8'hff;
      5'b10100: data = 8'hff;
      5'b10101: data = 8'hff;
      5'b10110: data = 8'hff;
      5'b10111: data = 8'hff;
      5'b11000: data = 8'hff;
      5'b11001: data = 8'hff;
      5'b11010: data = 8'hff;
      5'b11011: data = 8'hff;
      5'b11100: data = 8'hff;
      5'b11101: data = 8'hff;
      5'b11110: data = 8'hff;
      5'b11111: data = 8'hff;
      default: data = 8'h0;
    endcase
            
endmodule // alchitry_cu_core$self_test$parser$payload$keep_after_beat


module alchitry_cu_core$self_test$parser$payload$keep_of_room(address,data);
    
    // Module arguments
    input wire  [4:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        5'b0: data = 8'h0;
      5'b1: data = 8'h1;
      5'b10: data = 8'h3;
      5'b11: data = 8'h7;
      5'b100: data = 8'hf;
      5'b101: data = 8'h1f;
      5'b110: data = 8'h3f;
      5'b111: data = 8'h7f;
      5'b1000: data = 8'hff;
      5'b1001: data = 8'hff;
      5'b1010: data = 8'hff;
      5'b1011: data = 8'hff;
      5'b1100: data = 8'hff;
      5'b1101: data = 8'hff;
      5'b1110: data = 8'hff;
      5'b1111: data = 8'hff;
      5'b10000: data = 8'hff;
      5'b10001: data = 8'hff;
      5'b10010: data = 8'hff;
      5'b10011: data = 8'hff;
      5'b10100: data = 8'hff;
      5'b10101: data = 8'hff;
      5'b10110: data = 8'hff;
      5'b10111: data = 8'hff;
      5'b11000: data = 8'hff;
      5'b11001: data = 8'hff;
      5'b11010: data = 8'hff;
      5'b11011: data = 8'hff;
      5'b11100: data = 8'hff;
      5'b11101: data = 8'hff;
      5'b11110: data = 8'hff;
      5'b11111: data = 8'hff;
      default: data = 8'h0;
    endcase
            
endmodule // alchitry_cu_core$self_test$parser$payload$keep_of_room


module alchitry_cu_core$self_test$parser$payload$middle_keep(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload$middle_keep


module alchitry_cu_core$self_test$parser$payload$middle_last(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload$middle_last


module alchitry_cu_core$self_test$parser$payload$ok(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload$ok


module alchitry_cu_core$self_test$parser$payload$open(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload$open


module alchitry_cu_core$self_test$parser$payload$previous(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$payload$previous


module alchitry_cu_core$self_test$parser$payload$remaining(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload$remaining


module alchitry_cu_core$self_test$parser$payload$remaining_small(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload$remaining_small


module alchitry_cu_core$self_test$parser$payload$slice(clock,reset,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [73:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [73:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [73:0] main_data$d;
    wire  [73:0] main_data$q;
    reg  main_data$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [73:0] skid_data$d;
    wire  [73:0] skid_data$q;
    reg  skid_data$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    
    // Sub module instances
    alchitry_cu_core$self_test$parser$payload$slice$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    alchitry_cu_core$self_test$parser$payload$slice$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    alchitry_cu_core$self_test$parser$payload$slice$skid_data skid_data(
        .d(skid_data$d),
        .q(skid_data$q),
        .clock(skid_data$clock)
    );
    alchitry_cu_core$self_test$parser$payload$slice$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    
    // Update code
    always @(*) begin
        main_data$clock = clock;
        main_valid$clock = clock;
        skid_data$clock = clock;
        skid_valid$clock = clock;
        main_data$d = main_data$q;
        main_valid$d = main_valid$q;
        skid_data$d = skid_data$q;
        skid_valid$d = skid_valid$q;
        in_ready = ~skid_valid$q;
        out_data = main_data$q;
        out_valid = main_valid$q;
        if (out_ready | ~main_valid$q) begin
            if (skid_valid$q) begin
                main_data$d = skid_data$q;
                main_valid$d = 1'b1;
                skid_valid$d = 1'b0;
            end
            else begin
                main_data$d = in_data;
                main_valid$d = in_valid;
            end
        end
        else if (~skid_valid$q) begin
            skid_data$d = in_data;
            skid_valid$d = in_valid;
        end
        if (reset) begin
            main_valid$d = 1'b0;
            skid_valid$d = 1'b0;
        end
    end
    
endmodule // alchitry_cu_core$self_test$parser$payload$slice


module alchitry_cu_core$self_test$parser$payload$slice$main_data(d,q,clock);
    
    // Module arguments
    input wire  [73:0] d;
    output reg  [73:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 74'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$payload$slice$main_data


module alchitry_cu_core$self_test$parser$payload$slice$main_valid(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload$slice$main_valid


module alchitry_cu_core$self_test$parser$payload$slice$skid_data(d,q,clock);
    
    // Module arguments
    input wire  [73:0] d;
    output reg  [73:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 74'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$payload$slice$skid_data


module alchitry_cu_core$self_test$parser$payload$slice$skid_valid(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload$slice$skid_valid


module alchitry_cu_core$self_test$parser$payload$thermometer(address,data);
    
    // Module arguments
    input wire  [4:0] address;
    output reg  [7:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        5'b0: data = 8'h0;
      5'b1: data = 8'h1;
      5'b10: data = 8'h3;
      5'b11: data = 8'h7;
      5'b100: data = 8'hf;
      5'b101: data = 8'h1f;
      5'b110: data = 8'h3f;
      5'b111: data = 8'h7f;
      5'b1000: data = 8'hff;
      5'b1001: data = 8'hff;
      5'b1010: data = 8'hff;
      5'b1011: data = 8'hff;
      5'b1100: data = 8'hff;
      5'b1101: data = 8'hff;
      5'b1110: data = 8'hff;
      5'b1111: data = 8'hff;
      5'b10000: data = 8'hff;
      5'b10001: data = 8'hff;
      5'b10010: data = 8'hff;
      5'b10011: data = 8'hff;
      5'b10100: data = 8'hff;
      5'b10101: data = 8'hff;
      5'b10110: data = 8'hff;
      5'b10111: data = 8'hff;
      5'b11000: data = 8'hff;
      5'b11001: data = 8'hff;
      5'b11010: data = 8'hff;
      5'b11011: data = 8'hff;
      5'b11100: data = 8'hff;
      5'b11101: data = 8'hff;
      5'b11110: data = 8'hff;
      5'b11111: data = 8'hff;
      default: data = 8'h0;
    endcase
            
endmodule // alchitry_cu_core$self_test$parser$payload$thermometer


module alchitry_cu_core$self_test$parser$payload_at_lane_two(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload_at_lane_two


module alchitry_cu_core$self_test$parser$payload_lane(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$payload_lane


module alchitry_cu_core$self_test$parser$payload_room(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$payload_room


module alchitry_cu_core$self_test$parser$phase(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$phase


module alchitry_cu_core$self_test$parser$rule(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$rule


module alchitry_cu_core$self_test$parser$udp_length_ok(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$udp_length_ok


module alchitry_cu_core$self_test$parser$verdict(clock,reset,frame_end,frame_flags,checksum_bad,icrc_valid,icrc_ok,valid,ready,cause,busy,ended_with_length_error,stat_index,stat_value);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  frame_end;
    input wire  [17:0] frame_flags;
    input wire  checksum_bad;
    input wire  icrc_valid;
    input wire  icrc_ok;
    output reg  valid;
    input wire  ready;
    output reg  [4:0] cause;
    output reg  busy;
    output reg  ended_with_length_error;
    input wire  [4:0] stat_index;
    output reg  [31:0] stat_value;
    
    // Constant declarations
    localparam  cause_accepted = 5'b0;
    localparam  cause_mac_error = 5'b1;
    localparam  cause_vlan_tagged = 5'b10;
    localparam  cause_ipv6 = 5'b11;
    localparam  cause_ether_type = 5'b100;
    localparam  cause_ip_header = 5'b101;
    localparam  cause_ip_options = 5'b110;
    localparam  cause_ip_fragment = 5'b111;
    localparam  cause_not_udp = 5'b1000;
    localparam  cause_ip_checksum = 5'b1001;
    localparam  cause_udp_port = 5'b1010;
    localparam  cause_bth_version = 5'b1011;
    localparam  cause_opcode = 5'b1100;
    localparam  cause_pkey = 5'b1101;
    localparam  cause_truncated = 5'b1110;
    localparam  cause_length = 5'b1111;
    localparam  cause_too_long = 5'b10000;
    localparam  cause_payload_length = 5'b10001;
    localparam  cause_icrc = 5'b10010;
    
    // Stub signals
    reg  counters$clock;
    reg  counters$reset;
    reg  counters$count;
    reg  [4:0] counters$count_index;
    reg  [4:0] counters$read_index;
    wire  [31:0] counters$read_value;
    wire  counters$ready;
    reg  [17:0] end_flags$0$d;
    wire  [17:0] end_flags$0$q;
    reg  end_flags$0$clock;
    reg  [17:0] end_flags$1$d;
    wire  [17:0] end_flags$1$q;
    reg  end_flags$1$clock;
    reg  [17:0] end_flags$2$d;
    wire  [17:0] end_flags$2$q;
    reg  end_flags$2$clock;
    reg  [17:0] end_flags$3$d;
    wire  [17:0] end_flags$3$q;
    reg  end_flags$3$clock;
    reg  [17:0] end_flags$4$d;
    wire  [17:0] end_flags$4$q;
    reg  end_flags$4$clock;
    reg  end_valid$0$d;
    wire  end_valid$0$q;
    reg  end_valid$0$clock;
    reg  end_valid$1$d;
    wire  end_valid$1$q;
    reg  end_valid$1$clock;
    reg  end_valid$2$d;
    wire  end_valid$2$q;
    reg  end_valid$2$clock;
    reg  end_valid$3$d;
    wire  end_valid$3$q;
    reg  end_valid$3$clock;
    reg  end_valid$4$d;
    wire  end_valid$4$q;
    reg  end_valid$4$clock;
    reg  [4:0] verdict$d;
    wire  [4:0] verdict$q;
    reg  verdict$clock;
    reg  verdict_pending$d;
    wire  verdict_pending$q;
    reg  verdict_pending$clock;
    reg  verdict_counted$d;
    wire  verdict_counted$q;
    reg  verdict_counted$clock;
    
    // Local signals
    reg  [4:0] first_failure;
    reg  [17:0] final_flags;
    
    // Sub module instances
    alchitry_cu_core$self_test$parser$verdict$counters counters(
        .clock(counters$clock),
        .reset(counters$reset),
        .count(counters$count),
        .count_index(counters$count_index),
        .read_index(counters$read_index),
        .read_value(counters$read_value),
        .ready(counters$ready)
    );
    alchitry_cu_core$self_test$parser$verdict$end_flags$0 end_flags$0(
        .d(end_flags$0$d),
        .q(end_flags$0$q),
        .clock(end_flags$0$clock)
    );
    alchitry_cu_core$self_test$parser$verdict$end_flags$1 end_flags$1(
        .d(end_flags$1$d),
        .q(end_flags$1$q),
        .clock(end_flags$1$clock)
    );
    alchitry_cu_core$self_test$parser$verdict$end_flags$2 end_flags$2(
        .d(end_flags$2$d),
        .q(end_flags$2$q),
        .clock(end_flags$2$clock)
    );
    alchitry_cu_core$self_test$parser$verdict$end_flags$3 end_flags$3(
        .d(end_flags$3$d),
        .q(end_flags$3$q),
        .clock(end_flags$3$clock)
    );
    alchitry_cu_core$self_test$parser$verdict$end_flags$4 end_flags$4(
        .d(end_flags$4$d),
        .q(end_flags$4$q),
        .clock(end_flags$4$clock)
    );
    alchitry_cu_core$self_test$parser$verdict$end_valid$0 end_valid$0(
        .d(end_valid$0$d),
        .q(end_valid$0$q),
        .clock(end_valid$0$clock)
    );
    alchitry_cu_core$self_test$parser$verdict$end_valid$1 end_valid$1(
        .d(end_valid$1$d),
        .q(end_valid$1$q),
        .clock(end_valid$1$clock)
    );
    alchitry_cu_core$self_test$parser$verdict$end_valid$2 end_valid$2(
        .d(end_valid$2$d),
        .q(end_valid$2$q),
        .clock(end_valid$2$clock)
    );
    alchitry_cu_core$self_test$parser$verdict$end_valid$3 end_valid$3(
        .d(end_valid$3$d),
        .q(end_valid$3$q),
        .clock(end_valid$3$clock)
    );
    alchitry_cu_core$self_test$parser$verdict$end_valid$4 end_valid$4(
        .d(end_valid$4$d),
        .q(end_valid$4$q),
        .clock(end_valid$4$clock)
    );
    alchitry_cu_core$self_test$parser$verdict$verdict verdict(
        .d(verdict$d),
        .q(verdict$q),
        .clock(verdict$clock)
    );
    alchitry_cu_core$self_test$parser$verdict$verdict_pending verdict_pending(
        .d(verdict_pending$d),
        .q(verdict_pending$q),
        .clock(verdict_pending$clock)
    );
    alchitry_cu_core$self_test$parser$verdict$verdict_counted verdict_counted(
        .d(verdict_counted$d),
        .q(verdict_counted$q),
        .clock(verdict_counted$clock)
    );
    
    // Update code
    always @(*) begin
        verdict$clock = clock;
        verdict_pending$clock = clock;
        verdict_counted$clock = clock;
        verdict$d = verdict$q;
        verdict_pending$d = verdict_pending$q;
        verdict_counted$d = verdict_counted$q;
        end_flags$0$clock = clock;
        end_valid$0$clock = clock;
        end_flags$1$clock = clock;
        end_valid$1$clock = clock;
        end_flags$2$clock = clock;
        end_valid$2$clock = clock;
        end_flags$3$clock = clock;
        end_valid$3$clock = clock;
        end_flags$4$clock = clock;
        end_valid$4$clock = clock;
        counters$clock = clock;
        counters$reset = reset;
        end_valid$0$d = frame_end;
        end_flags$0$d = frame_flags;
        end_valid$1$d = end_valid$0$q;
        end_flags$1$d = end_flags$0$q;
        end_valid$2$d = end_valid$1$q;
        end_flags$2$d = end_flags$1$q;
        end_valid$3$d = end_valid$2$q;
        end_flags$3$d = end_flags$2$q;
        end_valid$4$d = end_valid$3$q;
        end_flags$4$d = end_flags$3$q;
        ended_with_length_error = end_flags$0$q[(64'he)+:(1)] | end_flags$0$q[(64'hf)+:(1)] | end_flags$0$q[(64'h10)+:(1)];
        busy = end_valid$0$q | end_valid$1$q | end_valid$2$q | end_valid$3$q | end_valid$4$q | (verdict_pending$q & ~ready) | ~counters$ready;
        final_flags = end_flags$4$q;
        if (final_flags[(64'h0)+:(1)]) begin
            first_failure = cause_mac_error;
        end
        else if (final_flags[(64'h1)+:(1)]) begin
            first_failure = cause_vlan_tagged;
        end
        else if (final_flags[(64'h2)+:(1)]) begin
            first_failure = cause_ipv6;
        end
        else if (final_flags[(64'h3)+:(1)]) begin
            first_failure = cause_ether_type;
        end
        else if (final_flags[(64'h4)+:(1)]) begin
            first_failure = cause_ip_header;
        end
        else if (final_flags[(64'h5)+:(1)]) begin
            first_failure = cause_ip_options;
        end
        else if (final_flags[(64'h6)+:(1)]) begin
            first_failure = cause_ip_fragment;
        end
        else if (final_flags[(64'h7)+:(1)]) begin
            first_failure = cause_not_udp;
        end
        else if (final_flags[(64'h8)+:(1)] & checksum_bad) begin
            first_failure = cause_ip_checksum;
        end
        else if (final_flags[(64'h9)+:(1)]) begin
            first_failure = cause_udp_port;
        end
        else if (final_flags[(64'ha)+:(1)]) begin
            first_failure = cause_bth_version;
        end
        else if (final_flags[(64'hb)+:(1)]) begin
            first_failure = cause_opcode;
        end
        else if (final_flags[(64'hc)+:(1)]) begin
            first_failure = cause_pkey;
        end
        else if (final_flags[(64'hd)+:(1)]) begin
            first_failure = cause_truncated;
        end
        else if (final_flags[(64'he)+:(1)]) begin
            first_failure = cause_length;
        end
        else if (final_flags[(64'hf)+:(1)]) begin
            first_failure = cause_too_long;
        end
        else if (final_flags[(64'h10)+:(1)]) begin
            first_failure = cause_payload_length;
        end
        else if (final_flags[(64'h11)+:(1)]) begin
            first_failure = cause_length;
        end
        else if (~(icrc_valid & icrc_ok)) begin
            first_failure = cause_icrc;
        end
        else begin
            first_failure = cause_accepted;
        end
        if (verdict_pending$q & ready) begin
            verdict_pending$d = 1'b0;
        end
        if (end_valid$4$q) begin
            verdict$d = first_failure;
            verdict_pending$d = 1'b1;
        end
        valid = verdict_pending$q;
        cause = verdict$q;
        verdict_counted$d = end_valid$4$q;
        counters$count = verdict_counted$q;
        counters$count_index = verdict$q;
        counters$read_index = stat_index;
        stat_value = counters$read_value;
        if (reset) begin
            verdict_pending$d = 1'b0;
            verdict_counted$d = 1'b0;
            end_valid$0$d = 1'b0;
            end_valid$1$d = 1'b0;
            end_valid$2$d = 1'b0;
            end_valid$3$d = 1'b0;
            end_valid$4$d = 1'b0;
        end
    end
    
endmodule // alchitry_cu_core$self_test$parser$verdict


module alchitry_cu_core$self_test$parser$verdict$counters(clock,reset,count,count_index,read_index,read_value,ready);
    
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
    alchitry_cu_core$self_test$parser$verdict$counters$tally tally(
        .read_address(tally$read_address),
        .read_clock(tally$read_clock),
        .read_data(tally$read_data),
        .write_address(tally$write_address),
        .write_clock(tally$write_clock),
        .write_data(tally$write_data),
        .write_enable(tally$write_enable)
    );
    alchitry_cu_core$self_test$parser$verdict$counters$shadow shadow(
        .read_address(shadow$read_address),
        .read_clock(shadow$read_clock),
        .read_data(shadow$read_data),
        .write_address(shadow$write_address),
        .write_clock(shadow$write_clock),
        .write_data(shadow$write_data),
        .write_enable(shadow$write_enable)
    );
    alchitry_cu_core$self_test$parser$verdict$counters$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    alchitry_cu_core$self_test$parser$verdict$counters$pending_index pending_index(
        .d(pending_index$d),
        .q(pending_index$q),
        .clock(pending_index$clock)
    );
    alchitry_cu_core$self_test$parser$verdict$counters$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    alchitry_cu_core$self_test$parser$verdict$counters$held_index held_index(
        .d(held_index$d),
        .q(held_index$q),
        .clock(held_index$clock)
    );
    alchitry_cu_core$self_test$parser$verdict$counters$held_value held_value(
        .d(held_value$d),
        .q(held_value$q),
        .clock(held_value$clock)
    );
    alchitry_cu_core$self_test$parser$verdict$counters$clearing clearing(
        .d(clearing$d),
        .q(clearing$q),
        .clock(clearing$clock)
    );
    alchitry_cu_core$self_test$parser$verdict$counters$clear_index clear_index(
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
    
endmodule // alchitry_cu_core$self_test$parser$verdict$counters


module alchitry_cu_core$self_test$parser$verdict$counters$clear_index(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$verdict$counters$clear_index


module alchitry_cu_core$self_test$parser$verdict$counters$clearing(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$verdict$counters$clearing


module alchitry_cu_core$self_test$parser$verdict$counters$held(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$verdict$counters$held


module alchitry_cu_core$self_test$parser$verdict$counters$held_index(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$verdict$counters$held_index


module alchitry_cu_core$self_test$parser$verdict$counters$held_value(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$verdict$counters$held_value


module alchitry_cu_core$self_test$parser$verdict$counters$pending(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$verdict$counters$pending


module alchitry_cu_core$self_test$parser$verdict$counters$pending_index(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$verdict$counters$pending_index


module alchitry_cu_core$self_test$parser$verdict$counters$shadow(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // alchitry_cu_core$self_test$parser$verdict$counters$shadow


module alchitry_cu_core$self_test$parser$verdict$counters$tally(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // alchitry_cu_core$self_test$parser$verdict$counters$tally


module alchitry_cu_core$self_test$parser$verdict$end_flags$0(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$verdict$end_flags$0


module alchitry_cu_core$self_test$parser$verdict$end_flags$1(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$verdict$end_flags$1


module alchitry_cu_core$self_test$parser$verdict$end_flags$2(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$verdict$end_flags$2


module alchitry_cu_core$self_test$parser$verdict$end_flags$3(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$verdict$end_flags$3


module alchitry_cu_core$self_test$parser$verdict$end_flags$4(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$parser$verdict$end_flags$4


module alchitry_cu_core$self_test$parser$verdict$end_valid$0(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$verdict$end_valid$0


module alchitry_cu_core$self_test$parser$verdict$end_valid$1(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$verdict$end_valid$1


module alchitry_cu_core$self_test$parser$verdict$end_valid$2(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$verdict$end_valid$2


module alchitry_cu_core$self_test$parser$verdict$end_valid$3(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$verdict$end_valid$3


module alchitry_cu_core$self_test$parser$verdict$end_valid$4(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$verdict$end_valid$4


module alchitry_cu_core$self_test$parser$verdict$verdict(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$verdict$verdict


module alchitry_cu_core$self_test$parser$verdict$verdict_counted(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$verdict$verdict_counted


module alchitry_cu_core$self_test$parser$verdict$verdict_pending(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$parser$verdict$verdict_pending


module alchitry_cu_core$self_test$pass(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$pass


module alchitry_cu_core$self_test$pass_count(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$pass_count


module alchitry_cu_core$self_test$payload_expected(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$payload_expected


module alchitry_cu_core$self_test$payload_xor(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$payload_xor


module alchitry_cu_core$self_test$primed(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$primed


module alchitry_cu_core$self_test$run_count(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$run_count


module alchitry_cu_core$self_test$sent(d,q,clock);
    
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
          
endmodule // alchitry_cu_core$self_test$sent


module alchitry_cu_core$self_test$stimulus(address,clock,data);
    
    // Module arguments
    input wire  [7:0] address;
    input wire  clock;
    output reg  [73:0] data;
    
    // Update code (custom)
    reg[73:0] mem [255:0];
    
    initial begin
    mem[8'h0] = 74'hff73ab5fbc7758d288;
    mem[8'h1] = 74'hff0445000883fac0fd;
    mem[8'h2] = 74'hff116300006f446c00;
    mem[8'h3] = 74'hff86ba832be553ba8f;
    mem[8'h4] = 74'hff5800b712c3096549;
    mem[8'h5] = 74'hff414fff7f40048b09;
    mem[8'h6] = 74'hff76a873719176ae06;
    mem[8'h7] = 74'hff14919e10aef813a5;
    mem[8'h8] = 74'hff189286f2887739b0;
    mem[8'h9] = 74'hff2e3871b13ede7cd8;
    mem[8'ha] = 74'hff4366cdd8bdacec7a;
    mem[8'hb] = 74'hffce406f9890aae024;
    mem[8'hc] = 74'hff81491fe85f15667a;
    mem[8'hd] = 74'hffa252da47b5fc3d8a;
    mem[8'he] = 74'hffbbed0fc635cf8d49;
    mem[8'hf] = 74'h103000000000000371a;
    mem[8'h10] = 74'hfff629d95834d62613;
    mem[8'h11] = 74'hff5c4500087185cd26;
    mem[8'h12] = 74'hff11c10000433d3c00;
    mem[8'h13] = 74'hffbd83dc5ef3d672be;
    mem[8'h14] = 74'hff2800b712abf41244;
    mem[8'h15] = 74'hff0053ff7f7002ca28;
    mem[8'h16] = 74'hffcef6cf81fc269c25;
    mem[8'h17] = 74'hff1c28bd0bcf3e4650;
    mem[8'h18] = 74'hffbc55415c3b48718a;
    mem[8'h19] = 74'h1030000000000006d82;
    mem[8'h1a] = 74'hffdd32678f9bc47969;
    mem[8'h1b] = 74'hff104500088aca4c9a;
    mem[8'h1c] = 74'hff112e0040e1fa3000;
    mem[8'h1d] = 74'hffa0da203e751cc412;
    mem[8'h1e] = 74'hff1c00b712dea0d209;
    mem[8'h1f] = 74'hff1100ff7f40114814;
    mem[8'h20] = 74'hff762e34a35f7cc3f2;
    mem[8'h21] = 74'h13f000006e3c6ac7cb4;
    mem[8'h22] = 74'hff72e31929a313683d;
    mem[8'h23] = 74'hff57450008ffe12bc1;
    mem[8'h24] = 74'hff11e8004049ca5800;
    mem[8'h25] = 74'hff677c178239681e41;
    mem[8'h26] = 74'hff4400b71228f11e20;
    mem[8'h27] = 74'hff94fbffffc010b480;
    mem[8'h28] = 74'hff5c8a2860df98860e;
    mem[8'h29] = 74'hff1c0499df1f73e642;
    mem[8'h2a] = 74'hff49954b7d4987d09a;
    mem[8'h2b] = 74'hff1d0fcf5cd76f23c5;
    mem[8'h2c] = 74'hff077d1c18db92fa8e;
    mem[8'h2d] = 74'hff0644528e9137ed41;
    mem[8'h2e] = 74'h13f0000a6f5a040602f;
    mem[8'h2f] = 74'hff12c9b6cefbe623fb;
    mem[8'h30] = 74'hfff045000891cb4977;
    mem[8'h31] = 74'hff11f1000087055400;
    mem[8'h32] = 74'hff0f5ec0f7cb63424d;
    mem[8'h33] = 74'hff4000b712253e44bc;
    mem[8'h34] = 74'hff5aacff7fc00a4f95;
    mem[8'h35] = 74'hffe92ca993d3537f1b;
    mem[8'h36] = 74'hffe7241fb0eb058e9f;
    mem[8'h37] = 74'hff1ae8b65db1905433;
    mem[8'h38] = 74'hff57a62195675c7309;
    mem[8'h39] = 74'hff85f2ac1926bb2a95;
    mem[8'h3a] = 74'hff3e09a2b93fd31e33;
    mem[8'h3b] = 74'h1030000000000005548;
    mem[8'h3c] = 74'hffe37ef2c08956f3bf;
    mem[8'h3d] = 74'hfff74500082971f43d;
    mem[8'h3e] = 74'hff11bd004048b83c00;
    mem[8'h3f] = 74'hff4fb7e97faccdabf1;
    mem[8'h40] = 74'hff2800b7126fa2e00d;
    mem[8'h41] = 74'hffc297ff7f000cf024;
    mem[8'h42] = 74'hff62a4f501897591b2;
    mem[8'h43] = 74'hffba6ef24072a9a258;
    mem[8'h44] = 74'hff3ed445d73115dfdd;
    mem[8'h45] = 74'h103000000000000158a;
    mem[8'h46] = 74'hff690a5616b0c40960;
    mem[8'h47] = 74'hff0f450008c6e12d00;
    mem[8'h48] = 74'hff11bd0000db9f4000;
    mem[8'h49] = 74'hff41c22d26c917eda2;
    mem[8'h4a] = 74'hff2c00b7124dba9dba;
    mem[8'h4b] = 74'hff2cfcffff0017f6c0;
    mem[8'h4c] = 74'hfff8a534051561cd36;
    mem[8'h4d] = 74'hff5df1fe74562d0cad;
    mem[8'h4e] = 74'hff77b2b86012f6f4a5;
    mem[8'h4f] = 74'h13f0000833aa6dba298;
    mem[8'h50] = 74'hff94c807ab603f6b84;
    mem[8'h51] = 74'hff1245000817de9ea3;
    mem[8'h52] = 74'hff11b000402d163000;
    mem[8'h53] = 74'hfff948cf38a74bf67c;
    mem[8'h54] = 74'hff1c00b712a321186a;
    mem[8'h55] = 74'hffb291ffffb004e9c6;
    mem[8'h56] = 74'hff4c968f357efc1a64;
    mem[8'h57] = 74'h13f000052249538d8f0;
    mem[8'h58] = 74'hfff8682081a4fa575f;
    mem[8'h59] = 74'hff3a4500089479b94f;
    mem[8'h5a] = 74'hff114900000b6b4c00;
    mem[8'h5b] = 74'hff8279aa9090fd5552;
    mem[8'h5c] = 74'hff3800b712e9ef49ac;
    mem[8'h5d] = 74'hff4e34ffff00048ada;
    mem[8'h5e] = 74'hff07ebc96965454be7;
    mem[8'h5f] = 74'hff61066f5885bd46a1;
    mem[8'h60] = 74'hff74d46a9ecfa229d1;
    mem[8'h61] = 74'hff9057206c13d1c35e;
    mem[8'h62] = 74'hff78dc6449893c6496;
    mem[8'h63] = 74'h1030000000000007724;
    mem[8'h64] = 74'hff16082f85d37999b7;
    mem[8'h65] = 74'hff164500088148a917;
    mem[8'h66] = 74'hff11e400004a993400;
    mem[8'h67] = 74'hff4452ec7035ad12b2;
    mem[8'h68] = 74'hff2000b7120e94e01a;
    mem[8'h69] = 74'hff5541ff7f0004b19f;
    mem[8'h6a] = 74'hff175f2b1d2ce2312b;
    mem[8'h6b] = 74'hffdcef0e1756cf9665;
    mem[8'h6c] = 74'h30300000000000019cd;
    mem[8'h6d] = 74'hfff4a12483994067c1;
    mem[8'h6e] = 74'hffc54500812f4053fd;
    mem[8'h6f] = 74'hff11700000ae2a3400;
    mem[8'h70] = 74'hffc5b568e7ba536381;
    mem[8'h71] = 74'hff2000b7123b27faac;
    mem[8'h72] = 74'hff55acffff00045545;
    mem[8'h73] = 74'hff9eea6ef0b560726d;
    mem[8'h74] = 74'hff03f5c19d93534155;
    mem[8'h75] = 74'h1030000000000001401;
    mem[8'h76] = 74'hff9bbafedbe93bf5b0;
    mem[8'h77] = 74'hff3b45dd8634b3fc46;
    mem[8'h78] = 74'hff11c2000069543400;
    mem[8'h79] = 74'hff7c9ae9365e7ebd3e;
    mem[8'h7a] = 74'hff2000b7126cf59415;
    mem[8'h7b] = 74'hff53d1ff7f000463ad;
    mem[8'h7c] = 74'hffa69c8c439d44b6b8;
    mem[8'h7d] = 74'hffe847c3b500d1e34c;
    mem[8'h7e] = 74'h10300000000000055c2;
    mem[8'h7f] = 74'hff33bc5588617f212b;
    mem[8'h80] = 74'hff4e450008cbd25065;
    mem[8'h81] = 74'hff11f90000011e3400;
    mem[8'h82] = 74'hff170f885b663ae5d3;
    mem[8'h83] = 74'hff2000b712d1037fd1;
    mem[8'h84] = 74'hffea16ffff4004b056;
    mem[8'h85] = 74'hff90e97dd11780359b;
    mem[8'h86] = 74'hff622d6c3e316f12e3;
    mem[8'h87] = 74'h1030000000000007232;
    mem[8'h88] = 74'hff92db0eef19879444;
    mem[8'h89] = 74'hffe745000805bd815b;
    mem[8'h8a] = 74'hff113a0060448f3400;
    mem[8'h8b] = 74'hff06baa533d78bdd25;
    mem[8'h8c] = 74'hff2000b712ab882df1;
    mem[8'h8d] = 74'hff9967ff7fc0048fe2;
    mem[8'h8e] = 74'hffa992478a583bf9ab;
    mem[8'h8f] = 74'hff3ed17c0de1baed1d;
    mem[8'h90] = 74'h103000000000000a31d;
    mem[8'h91] = 74'hffa6c99cdeb09af23e;
    mem[8'h92] = 74'hff434500081efc6cc7;
    mem[8'h93] = 74'hff111e0040222d3400;
    mem[8'h94] = 74'hff548cdeab1985f540;
    mem[8'h95] = 74'hff2000b8123abc1331;
    mem[8'h96] = 74'hff522effff00040657;
    mem[8'h97] = 74'hff23a436e1be778da0;
    mem[8'h98] = 74'hff8c6fc830419c133a;
    mem[8'h99] = 74'h10300000000000082ae;
    mem[8'h9a] = 74'hff0eca1a25397e5849;
    mem[8'h9b] = 74'hffab450008ab037f2d;
    mem[8'h9c] = 74'hff11ce000039a13400;
    mem[8'h9d] = 74'hff3c49c4b5e9fabb7c;
    mem[8'h9e] = 74'hff2000b71206e92ed4;
    mem[8'h9f] = 74'hffc729ffff801f95ad;
    mem[8'ha0] = 74'hff628f4cd8ab0b8191;
    mem[8'ha1] = 74'hfff422dde6a97ac7cf;
    mem[8'ha2] = 74'h10300000000000032be;
    mem[8'ha3] = 74'hfff028986fe22c7cbe;
    mem[8'ha4] = 74'hffcd450008a6846cfe;
    mem[8'ha5] = 74'hff114a00404daa3400;
    mem[8'ha6] = 74'hff43cf8cfd0cfc11a8;
    mem[8'ha7] = 74'hff2000b712cbb0b014;
    mem[8'ha8] = 74'hffa67734128004b7e6;
    mem[8'ha9] = 74'hff8973f9a69583fc2a;
    mem[8'haa] = 74'hff7db3fbee110fe8f3;
    mem[8'hab] = 74'h103000000000000cb7e;
    mem[8'hac] = 74'hffe8170656770e78a1;
    mem[8'had] = 74'hffdd450008db137707;
    mem[8'hae] = 74'hff11e40000dbf03400;
    mem[8'haf] = 74'hffdce54706b17c3f33;
    mem[8'hb0] = 74'h1ff2000b712c50bec48;
    mem[8'hb1] = 74'hff0f684e85b3ff1067;
    mem[8'hb2] = 74'hff87450008ece0dad0;
    mem[8'hb3] = 74'hff114e0040fdd33000;
    mem[8'hb4] = 74'hff7ac49941cd6d132a;
    mem[8'hb5] = 74'hff1c00b71277b344ba;
    mem[8'hb6] = 74'hff880aff7f8011b489;
    mem[8'hb7] = 74'h10300000000000094dc;
    mem[8'hb8] = 74'hffc05f7381e906c2a7;
    mem[8'hb9] = 74'hffb9450008a77a9de1;
    mem[8'hba] = 74'h10f00000000ba703c00;
    mem[8'hbb] = 74'hff914137e5a385ba55;
    mem[8'hbc] = 74'hffa745020843ad1532;
    mem[8'hbd] = 74'hff117f0000f10e3c00;
    mem[8'hbe] = 74'hff703ba6fa127f8c6e;
    mem[8'hbf] = 74'hff2800b7121f0b6408;
    mem[8'hc0] = 74'hff0957ff7f00041dc7;
    mem[8'hc1] = 74'hff9cc2b044f9761c10;
    mem[8'hc2] = 74'hff80641857ea013e41;
    mem[8'hc3] = 74'hff9ee7ad7ea992b886;
    mem[8'hc4] = 74'h1030000000000007de7;
    mem[8'hc5] = 74'hff4bfba6eec6a87287;
    mem[8'hc6] = 74'hffdc45000840366359;
    mem[8'hc7] = 74'hff113f0000b0433c00;
    mem[8'hc8] = 74'hff098c4e014e1af54d;
    mem[8'hc9] = 74'hff2800b71242848b42;
    mem[8'hca] = 74'hffab86ffffc004e177;
    mem[8'hcb] = 74'hff0702124cddbe3b40;
    mem[8'hcc] = 74'hff9aafe029cde78f98;
    mem[8'hcd] = 74'hff2d883e8d8f8a9193;
    mem[8'hce] = 74'h103000000000000c67d;
    end
    
    always @(posedge clock) begin
       data <= mem[address];
    end
endmodule // alchitry_cu_core$self_test$stimulus


module alchitry_cu_core$self_test$verdict_frame(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // alchitry_cu_core$self_test$verdict_frame


module alchitry_cu_core$self_test$verdicts(address,data);
    
    // Module arguments
    input wire  [5:0] address;
    output reg  [4:0] data;
    
    // Update code (custom)
    always @*
    case (address)
        6'b0: data = 5'b0;
      6'b1: data = 5'b0;
      6'b10: data = 5'b0;
      6'b11: data = 5'b0;
      6'b100: data = 5'b0;
      6'b101: data = 5'b0;
      6'b110: data = 5'b0;
      6'b111: data = 5'b0;
      6'b1000: data = 5'b10010;
      6'b1001: data = 5'b1;
      6'b1010: data = 5'b10;
      6'b1011: data = 5'b11;
      6'b1100: data = 5'b1001;
      6'b1101: data = 5'b111;
      6'b1110: data = 5'b1010;
      6'b1111: data = 5'b1100;
      6'b10000: data = 5'b1101;
      6'b10001: data = 5'b1110;
      6'b10010: data = 5'b1110;
      6'b10011: data = 5'b1110;
      6'b10100: data = 5'b100;
      6'b10101: data = 5'b1001;
      default: data = 5'b0;
    endcase
            
endmodule // alchitry_cu_core$self_test$verdicts
