package org.kinerja.registry.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;

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
import org.kinerja.registry.application.RegistryStore;
import org.kinerja.registry.domain.Employee;
import org.kinerja.registry.domain.RegionalGovernment;
import org.kinerja.registry.domain.RegionalLeadership;
import org.kinerja.registry.domain.Unit;

/** The registry in MongoDB: one document per aggregate, keyed by its id, carrying its own outbox. */
public class MongoRegistryStore implements RegistryStore {

    public static final String REGIONS = "regional_governments";
    public static final String UNITS = "units";
    public static final String EMPLOYEES = "employees";
    public static final String LEADERSHIP = "regional_leadership";

    private final MongoCollection<Document> regions;
    private final MongoCollection<Document> units;
    private final MongoCollection<Document> employees;
    private final MongoCollection<Document> leadership;

    public MongoRegistryStore(MongoDatabase database) {
        this.regions = database.getCollection(REGIONS);
        this.units = database.getCollection(UNITS);
        this.employees = VersionedWrites.collection(database, EMPLOYEES, "version");
        employees.createIndex(Indexes.ascending("unitId", "headOfUnit"));
        employees.createIndex(Indexes.ascending("penilaiId"));
        employees.createIndex(Indexes.ascending("atasanPenilaiId"));
        this.leadership = VersionedWrites.collection(database, LEADERSHIP, "version");
    }

    @Override
    public boolean insertRegion(RegionalGovernment region, OutgoingEvent event) {
        return insert(regions, region.regionId(), region, event);
    }

    @Override
    public Optional<RegionalGovernment> findRegion(String regionId) {
        return find(regions, regionId, RegionalGovernment.class);
    }

    @Override
    public boolean insertUnit(Unit unit, OutgoingEvent event) {
        return insert(units, unit.unitId(), unit, event);
    }

    @Override
    public Optional<Unit> findUnit(String unitId) {
        return find(units, unitId, Unit.class);
    }

    @Override
    public boolean insertEmployee(Employee employee, OutgoingEvent event) {
        return insert(employees, employee.employeeId(), employee, event);
    }

    @Override
    public Optional<Employee> findEmployee(String employeeId) {
        return find(employees, employeeId, Employee.class);
    }

    @Override
    public boolean updateEmployee(Employee next, OutgoingEvent event) {
        return Outbox.saveVersioned(employees, next.employeeId(), next, next.version(), List.of(event));
    }

    @Override
    public Optional<Employee> headOf(String unitId) {
        return MongoJson.findOne(employees, and(eq("unitId", unitId), eq("headOfUnit", true), eq("active", true)),
                Employee.class);
    }

    @Override
    public List<Employee> employeesOfUnit(String unitId) {
        return MongoJson.findAll(employees, and(eq("unitId", unitId), eq("active", true)), Sorts.ascending("_id"),
                Employee.class);
    }

    @Override
    public List<Employee> appraiseesOf(String penilaiId) {
        return MongoJson.findAll(employees, and(or(eq("penilaiId", penilaiId), eq("atasanPenilaiId", penilaiId)),
                eq("active", true)), Sorts.ascending("_id"), Employee.class);
    }

    @Override
    public List<Unit> childUnits(String unitId) {
        return MongoJson.findAll(units, eq("parentUnitId", unitId), Sorts.ascending("_id"), Unit.class);
    }

    @Override
    public List<Unit> topUnits(String regionId) {
        return MongoJson.findAll(units, and(eq("regionId", regionId), eq("parentUnitId", null)),
                Sorts.ascending("_id"), Unit.class);
    }

    @Override
    public Optional<RegionalLeadership> findLeadership(String regionId) {
        return find(leadership, regionId, RegionalLeadership.class);
    }

    @Override
    public boolean saveLeadership(RegionalLeadership next, OutgoingEvent event) {
        return Outbox.saveVersioned(leadership, next.regionId(), next, next.version(), List.of(event));
    }

    private static boolean insert(MongoCollection<Document> collection, String id, Object state,
            OutgoingEvent event) {
        Document document = MongoJson.toDocument(state).append("_id", id)
                .append(Outbox.FIELD, List.of(Outbox.entry(event)));
        return MongoJson.insertOnce(collection, document);
    }

    private static <T> Optional<T> find(MongoCollection<Document> collection, String id, Class<T> type) {
        return MongoJson.findOne(collection, eq("_id", id), type);
    }
}
