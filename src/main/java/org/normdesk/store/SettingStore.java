package org.normdesk.store;

import org.jooq.impl.DSL;

import java.util.Optional;

import static org.normdesk.store.jooq.Tables.SETTING;

/** Settings that belong to the register and travel with it. */
public final class SettingStore {
    private final Database db;

    public SettingStore(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.dsl().select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_KEY.eq(key))
                .fetchOptional(SETTING.SETTING_VALUE);
    }

    public void put(String key, String value) {
        db.dsl().mergeInto(SETTING)
                .using(DSL.selectOne())
                .on(SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(SETTING.SETTING_KEY, SETTING.SETTING_VALUE).values(key, value)
                .execute();
    }
}
