package org.kinerja.planning.adapter.out.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.kinerja.planning.application.EmployeeDirectory;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.platform.mongo.VersionedWrites;

/** The projection of registry employees; replacing by id makes a redelivered event change nothing. */
public class MongoEmployeeDirectory implements EmployeeDirectory {

    private final MongoCollection<Document> employees;
    private final MongoCollection<Document> units;

    public MongoEmployeeDirectory(MongoDatabase database) {
        this.employees = VersionedWrites.collection(database, "registry_employees", "version");
        this.units = database.getCollection("registry_units");
        employees.createIndex(com.mongodb.client.model.Indexes.ascending("penilaiId"));
    }

    @Override
    public java.util.List<EmployeeRef> ratedBy(String penilaiId) {
        return MongoJson.findAll(employees, and(eq("penilaiId", penilaiId), eq("active", true)),
                com.mongodb.client.model.Sorts.ascending("_id"), EmployeeRef.class);
    }

    @Override
    public Optional<UnitRef> findUnit(String unitId) {
        return MongoJson.findOne(units, eq("_id", unitId), UnitRef.class);
    }

    @Override
    public void saveUnit(UnitRef unit) {
        MongoJson.upsert(units, unit.unitId(), unit);
    }

    @Override
    public Optional<EmployeeRef> headOf(String unitId) {
        return MongoJson.findOne(employees, and(eq("unitId", unitId), eq("headOfUnit", true), eq("active", true)),
                EmployeeRef.class);
    }

    @Override
    public Optional<EmployeeRef> find(String employeeId) {
        return MongoJson.findOne(employees, eq("_id", employeeId), EmployeeRef.class);
    }

    @Override
    public void save(EmployeeRef employee) {
        MongoJson.upsertIfNewer(employees, employee.employeeId(), employee, employee.version());
    }
}
