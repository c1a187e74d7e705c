package org.kinerja.rewards.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.kinerja.platform.mongo.MongoJson;
import org.kinerja.platform.mongo.VersionedWrites;
import org.kinerja.rewards.application.EmployeeDirectory;
import org.kinerja.rewards.domain.EmployeeProfile;

/** The registry projection: one document per employee, replaced only by a newer version. */
public class MongoEmployeeDirectory implements EmployeeDirectory {

    private final MongoCollection<Document> employees;

    public MongoEmployeeDirectory(MongoDatabase database) {
        this.employees = VersionedWrites.collection(database, "employees", "version");
    }

    @Override
    public Optional<EmployeeProfile> find(String employeeId) {
        return MongoJson.findOne(employees, eq("_id", employeeId), EmployeeProfile.class);
    }

    @Override
    public List<EmployeeProfile> evaluatedBy(String penilaiId) {
        return MongoJson.findAll(employees, eq("penilaiId", penilaiId), com.mongodb.client.model.Sorts.ascending("_id"),
                EmployeeProfile.class);
    }

    @Override
    public Optional<String> agencyOfUnit(String unitId) {
        return MongoJson.findOne(employees, eq("unitId", unitId), EmployeeProfile.class).map(EmployeeProfile::agencyId);
    }

    @Override
    public boolean save(EmployeeProfile profile) {
        return MongoJson.upsertIfNewer(employees, profile.employeeId(), profile, profile.version());
    }
}
