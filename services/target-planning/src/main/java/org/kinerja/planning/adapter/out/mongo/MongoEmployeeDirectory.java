package org.kinerja.planning.adapter.out.mongo;

import static com.mongodb.client.model.Filters.eq;

import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.kinerja.planning.application.EmployeeDirectory;
import org.kinerja.platform.mongo.MongoJson;

/** The projection of registry employees; replacing by id makes a redelivered event change nothing. */
public class MongoEmployeeDirectory implements EmployeeDirectory {

    private final MongoCollection<Document> employees;

    public MongoEmployeeDirectory(MongoDatabase database) {
        this.employees = database.getCollection("registry_employees");
    }

    @Override
    public Optional<EmployeeRef> find(String employeeId) {
        return Optional.ofNullable(employees.find(eq("_id", employeeId)).first())
                .map(d -> MongoJson.fromDocument(d, EmployeeRef.class));
    }

    @Override
    public void save(EmployeeRef employee) {
        employees.replaceOne(eq("_id", employee.employeeId()),
                MongoJson.toDocument(employee).append("_id", employee.employeeId()),
                new ReplaceOptions().upsert(true));
    }
}
