package org.kinerja.rewards.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.kinerja.platform.events.OutgoingEvent;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.platform.mongo.Outbox;
import org.kinerja.platform.mongo.VersionedWrites;
import org.kinerja.rewards.application.AngkaKreditYear;
import org.kinerja.rewards.application.TppMonth;
import org.kinerja.rewards.application.TppStore;

/** TPP months ({@code tpp_months}) and angka kredit years ({@code angka_kredit}), compare-and-set, with outboxes. */
public class MongoTppStore implements TppStore {

    public static final String MONTHS = "tpp_months";
    public static final String YEARS = "angka_kredit";

    private final MongoCollection<Document> months;
    private final MongoCollection<Document> years;

    public MongoTppStore(MongoDatabase database) {
        this.months = VersionedWrites.collection(database, MONTHS, "version");
        this.years = VersionedWrites.collection(database, YEARS, "version");
        months.createIndex(Indexes.ascending("employeeId"));
        months.createIndex(Indexes.ascending("month"));
        years.createIndex(Indexes.ascending("employeeId"));
        years.createIndex(Indexes.ascending("year"));
    }

    @Override
    public Optional<TppMonth> findMonth(String id) {
        return MongoJson.findOne(months, eq("_id", id), TppMonth.class);
    }

    @Override
    public boolean saveMonth(TppMonth month, List<OutgoingEvent> events) {
        return Outbox.saveVersioned(months, month.id(), month, month.version(), events);
    }

    @Override
    public List<TppMonth> monthsOf(String employeeId) {
        return MongoJson.findAll(months, eq("employeeId", employeeId), Sorts.ascending("month"), TppMonth.class);
    }

    @Override
    public List<TppMonth> monthsIn(String month) {
        return MongoJson.findAll(months, eq("month", month), Sorts.ascending("employeeId"), TppMonth.class);
    }

    @Override
    public Optional<AngkaKreditYear> findYear(String id) {
        return MongoJson.findOne(years, eq("_id", id), AngkaKreditYear.class);
    }

    @Override
    public boolean saveYear(AngkaKreditYear year, List<OutgoingEvent> events) {
        return Outbox.saveVersioned(years, year.id(), year, year.version(), events);
    }

    @Override
    public List<AngkaKreditYear> yearsOf(String employeeId) {
        return MongoJson.findAll(years, eq("employeeId", employeeId), Sorts.ascending("year"), AngkaKreditYear.class);
    }

    @Override
    public List<AngkaKreditYear> yearsIn(int year) {
        return MongoJson.findAll(years, eq("year", year), Sorts.ascending("employeeId"), AngkaKreditYear.class);
    }
}
