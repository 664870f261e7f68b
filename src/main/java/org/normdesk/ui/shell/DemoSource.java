package org.normdesk.ui.shell;

import org.normdesk.service.demo.DemoRegister;
import org.normdesk.service.demo.DemoRegisterService;

/** Where the demo register offered on first start comes from; tests supply their own. */
public interface DemoSource {
    /** Whether there is a demo to offer; called off the FX thread. */
    boolean available();

    /** Reads it; called off the FX thread. */
    DemoRegister read();

    /** The demo register shipped inside the jar. */
    static DemoSource shipped() {
        return new DemoSource() {
            @Override
            public boolean available() {
                return DemoRegisterService.class.getResource(DemoRegisterService.SHIPPED_RESOURCE) != null;
            }

            @Override
            public DemoRegister read() {
                return DemoRegisterService.readShipped();
            }
        };
    }

    /** No demo: the register starts empty without asking. */
    static DemoSource none() {
        return new DemoSource() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public DemoRegister read() {
                throw new IllegalStateException("no demo register");
            }
        };
    }
}
